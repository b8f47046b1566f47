package org.oxyalloc.api.web;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.text.Phrase;

/**
 * One validation error in a problem details answer: where, the value given, and what is expected, in English. A page
 * says the same in its reader's language from the phrases, where the error has them.
 *
 * @param place where, as a phrase; null where the path reads the same in every language (a JSON path, a field name)
 * @param text the message as a phrase; null where the message is English only
 */
public record FieldError(String path, String value, String message, @JsonIgnore Phrase place, @JsonIgnore Phrase text) {

    public FieldError(String path, String value, String message) {
        this(path, value, message, null, null);
    }

    public static FieldError of(ProblemIssue issue) {
        return new FieldError(issue.path(), issue.value(), issue.message(), issue.place(), issue.text());
    }

    /** Where, in the language of the locale. */
    public String place(Locale locale) {
        return place == null ? path : place.text(locale);
    }

    /** What is wrong, in the language of the locale. */
    public String message(Locale locale) {
        return text == null ? message : text.text(locale);
    }

    /** Where, the value given and what is wrong, in one line: for a page's notice. */
    public String sentence(Locale locale) {
        return place(locale) + (value == null ? "" : " \"" + value + "\"") + ": " + message(locale);
    }
}
