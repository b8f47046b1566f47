package org.oxyalloc.problem;

/**
 * One problem found in a problem file: where (a JSON path such as {@code $.hospitals[3].beds}), the offending
 * value as written, and what is expected.
 */
public record ProblemIssue(Severity severity, String path, String value, String message) {

    public enum Severity { ERROR, WARNING }

    public static ProblemIssue error(String path, Object value, String message) {
        return new ProblemIssue(Severity.ERROR, path, value == null ? null : String.valueOf(value), message);
    }

    public static ProblemIssue warning(String path, Object value, String message) {
        return new ProblemIssue(Severity.WARNING, path, value == null ? null : String.valueOf(value), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + path + (value == null ? "" : " = " + value) + ": " + message;
    }
}
