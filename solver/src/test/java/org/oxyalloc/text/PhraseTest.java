package org.oxyalloc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.oxyalloc.problem.ProblemJson;

/** A plan's sentences in English and in Bahasa Indonesia, with each language's numbers. */
class PhraseTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() {
        Phrase spare = Phrase.of("cause.lox.spare", "PT Lampung Gas", 1.25, 19.4, 7.0);

        assertThat(spare.english()).isEqualTo("PT Lampung Gas, 1.3 h away, still has 19.4 t, and a tanker with 7.0 h of driving left.");
        assertThat(spare.text(INDONESIAN)).isEqualTo("PT Lampung Gas, 1,3 jam perjalanan, masih memiliki 19,4 t, dan satu truk "
                + "tangki dengan sisa 7,0 jam mengemudi.");
        assertThat(spare.text(Locale.GERMAN)).as("a language the plan does not speak").isEqualTo(spare.english());
    }

    @Test
    void whatOneMoreWouldServeCountsAsEachLanguageCounts() {
        Phrase tankerDay = Phrase.of("scarce.lox", Phrase.of("unit.tankerDay", 29.0, 12.0, 14.5), "PT Lampung Gas", 8.04);
        Phrase oneSlot = Phrase.of("scarce.cylinders", Phrase.of("unit.refillSlot"), "PT Samator", 1L);
        Phrase slots = Phrase.of("scarce.cylinders", Phrase.of("unit.refillSlot"), "PT Samator", 12L);

        assertThat(tankerDay.english()).isEqualTo("One more tanker day (a 29 t tanker, 12 h of driving, a 14.5 h working day)"
                + " at PT Lampung Gas would serve about 8.0 t more LOX.");
        assertThat(tankerDay.text(INDONESIAN)).isEqualTo("Tambahan satu hari truk tangki (truk tangki 29 t, 12 jam mengemudi,"
                + " hari kerja 14,5 jam) di PT Lampung Gas akan melayani sekitar 8,0 t LOX lagi.");
        assertThat(oneSlot.english()).isEqualTo("One more refill slot at PT Samator would refill 1 more cylinder.");
        assertThat(slots.english()).isEqualTo("One more refill slot at PT Samator would refill about 12 more cylinders.");
        assertThat(slots.text(INDONESIAN)).isEqualTo("Tambahan satu slot isi ulang di PT Samator akan mengisi ulang sekitar 12 tabung lagi.");
    }

    @Test
    void aPhraseInsideAPhraseSurvivesJson() throws IOException {
        Phrase full = Phrase.of("cause.cylinders.trucksFull", Phrase.of("cause.cylinders.viaPost", "Posko Way Halim", "PT Samator"), 120);
        Phrase read = ProblemJson.mapper().readValue(ProblemJson.mapper().writeValueAsString(full), Phrase.class);

        assertThat(read.english()).isEqualTo("Posko Way Halim (for PT Samator)'s trucks are full: all 120 cylinders a day are taken.");
        assertThat(read.text(INDONESIAN)).isEqualTo("Truk Posko Way Halim (untuk PT Samator) penuh: seluruh 120 tabung sehari sudah terisi.");
    }

    @Test
    void everySentenceIsInBothLanguagesWithTheSameArguments() throws IOException {
        Properties english = bundle("phrases.properties");
        Properties indonesian = bundle("phrases_id.properties");

        assertThat(indonesian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(indonesian.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)(,[^}]*)?}").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Phrase.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
