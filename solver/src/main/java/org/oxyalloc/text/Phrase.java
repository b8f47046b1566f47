package org.oxyalloc.text;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * One sentence of a plan's explanation in any language the plan speaks: a key of the phrase bundle
 * ({@code org/oxyalloc/text/phrases.properties}, English, and {@code phrases_id.properties}, Bahasa Indonesia) and its
 * arguments, numbers kept as numbers so that each language writes them its own way (1.5 t, 1,5 t). A plan carries the
 * English text of each sentence, as the API and the command line always showed it, and the phrase beside it, for the
 * web pages to say in their reader's language.
 *
 * @param args texts, numbers, or phrases (a name made of names, such as a post and its station)
 */
public record Phrase(String key, List<Object> args) {

    private static final String BUNDLE = "org.oxyalloc.text.phrases";
    private static final ResourceBundle.Control NO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** The sentence in the language of the locale, English where the bundle has no such language. */
    public String text(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_SYSTEM_LOCALE);
        // Numbers as the language found writes them: English's for a language the bundle does not have.
        MessageFormat format = new MessageFormat(bundle.getString(key), bundle.getLocale());
        // Rounded half up, as String.format does: the English text stays what it was.
        for (Format each : format.getFormats()) {
            if (each instanceof DecimalFormat decimal) {
                decimal.setRoundingMode(RoundingMode.HALF_UP);
            }
        }
        return format.format(args.stream().map(arg -> argument(arg, locale)).toArray());
    }

    /** The sentence in English, as the plan's JSON and the command line give it. */
    public String english() {
        return text(Locale.ROOT);
    }

    /** A phrase inside a phrase comes back from JSON as a map of its fields. */
    private static Object argument(Object arg, Locale locale) {
        if (arg instanceof Phrase phrase) {
            return phrase.text(locale);
        }
        if (arg instanceof Map<?, ?> map && map.get("key") instanceof String key && map.get("args") instanceof List<?> args) {
            return new Phrase(key, List.copyOf(args)).text(locale);
        }
        return arg;
    }
}
