package org.oxyalloc.cli;

/** The command line's exit codes, documented in docs/cli.md. */
final class ExitCode {

    /** Done: the problem is valid, and a solved plan is feasible. */
    static final int OK = 0;
    /** A plan was written, but it breaks a hard constraint: do not publish it. */
    static final int INFEASIBLE = 1;
    /** The problem file has errors; every one is printed. */
    static final int INVALID_PROBLEM = 2;
    /** The command line itself is wrong (unknown option, missing argument). */
    static final int USAGE = 3;
    /** A file could not be read or written. */
    static final int IO_ERROR = 4;
    /** An unexpected failure; please report it with the problem file. */
    static final int INTERNAL_ERROR = 5;

    private ExitCode() {
    }
}
