package org.oxyalloc.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.networknt.schema.ValidationMessage;
import org.oxyalloc.text.Phrase;

/**
 * A schema violation as a phrase of ours: the validator speaks English only, and a task force reads Bahasa Indonesia.
 * The keywords the problem's schema uses each have a sentence ({@code schema.minimum}, ...); one it never uses falls
 * back to the validator's own English.
 */
final class SchemaMessages {

    private static final Set<String> KEYWORDS = Set.of("additionalProperties", "enum", "exclusiveMaximum",
            "exclusiveMinimum", "maxItems", "maxLength", "maximum", "minItems", "minLength", "minimum", "pattern",
            "required", "type");
    private static final Set<String> JSON_TYPES = Set.of("array", "boolean", "integer", "null", "number", "object", "string");

    private SchemaMessages() {
    }

    static Phrase phrase(ValidationMessage message) {
        String keyword = message.getMessageKey();
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        if (!KEYWORDS.contains(keyword)) {
            String path = message.getInstanceLocation().toString() + ": ";
            String text = message.getMessage();
            return Phrase.of("schema.other", text.startsWith(path) ? text.substring(path.length()) : text);
        }
        if (keyword.equals("type")) {
            return Phrase.of("schema.type", types(args[0]), types(args[1]));
        }
        // Numbers stay numbers, to be written as the reader's language writes them (the validator gives a bound as
        // text); anything else becomes its text.
        return new Phrase("schema." + keyword, Arrays.stream(args).map(SchemaMessages::numberOrText).toList());
    }

    private static Object numberOrText(Object arg) {
        if (arg instanceof Number) {
            return arg;
        }
        String text = String.valueOf(arg);
        return text.matches("-?[0-9]+(\\.[0-9]+)?") ? new BigDecimal(text) : text;
    }

    /** "integer", or "[string, null]": each JSON type by its name in the reader's language. */
    private static Object types(Object arg) {
        List<Phrase> names = new ArrayList<>();
        for (String token : String.valueOf(arg).replaceAll("[\\[\\]\\s]", "").split(",")) {
            if (!JSON_TYPES.contains(token)) {
                return String.valueOf(arg);
            }
            names.add(Phrase.of("json." + token));
        }
        Phrase joined = names.get(0);
        for (int i = 1; i < names.size(); i++) {
            joined = Phrase.of("schema.or", joined, names.get(i));
        }
        return joined;
    }
}
