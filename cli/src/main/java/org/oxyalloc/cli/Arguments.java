package org.oxyalloc.cli;

import java.util.function.Supplier;

import picocli.CommandLine;

/** Arguments that only the engine or the generator can judge. */
final class Arguments {

    private Arguments() {
    }

    /** What the callee refuses as an illegal argument (a size, a ratio) is the command line's error (exit 3). */
    static <T> T checked(CommandLine.Model.CommandSpec spec, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
