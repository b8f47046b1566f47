package org.oxyalloc.problem;

import java.util.Locale;

import org.oxyalloc.text.Phrase;

/**
 * One problem found in a problem file: where (a JSON path such as {@code $.hospitals[3].beds}, or a sheet's cell),
 * the offending value as written, and what is expected. The path and the message are English, as the API and the
 * command line give them; the place and the text are the same as phrases, for a page to say in its reader's language.
 *
 * @param place where, as a phrase; null when the path is a JSON path, which reads the same in every language
 * @param text the message as a phrase; null in validation results stored before issues had phrases
 */
public record ProblemIssue(Severity severity, String path, String value, String message, Phrase place, Phrase text) {

    public enum Severity { ERROR, WARNING }

    public static ProblemIssue error(String path, Object value, Phrase text) {
        return new ProblemIssue(Severity.ERROR, path, valueText(value), text.english(), null, text);
    }

    public static ProblemIssue error(Phrase place, Object value, Phrase text) {
        return new ProblemIssue(Severity.ERROR, place.english(), valueText(value), text.english(), place, text);
    }

    public static ProblemIssue warning(String path, Object value, Phrase text) {
        return new ProblemIssue(Severity.WARNING, path, valueText(value), text.english(), null, text);
    }

    public static ProblemIssue warning(Phrase place, Object value, Phrase text) {
        return new ProblemIssue(Severity.WARNING, place.english(), valueText(value), text.english(), place, text);
    }

    private static String valueText(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** The same issue, found at another place (a sheet's cell rather than the JSON path made from it). */
    public ProblemIssue at(Phrase newPlace) {
        return new ProblemIssue(severity, newPlace.english(), value, message, newPlace, text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where, in the language of the locale. */
    public String place(Locale locale) {
        return place == null ? path : place.text(locale);
    }

    /** What is wrong, in the language of the locale. */
    public String message(Locale locale) {
        return text == null ? message : text.text(locale);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + path + (value == null ? "" : " = " + value) + ": " + message;
    }
}
