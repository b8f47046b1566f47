package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static Map<String, NameMatcher.Match<String>> match(List<String> targets, List<String> sources) {
        return NameMatcher.match(targets, Function.identity(), sources, Function.identity(), (t, s) -> true);
    }

    @Test
    void abbreviationsAndSpellingsMatchExactly() {
        assertThat(NameMatcher.tokens("RSUD Koja")).isEqualTo(NameMatcher.tokens("RS Umum Daerah Koja"));
        assertThat(NameMatcher.tokens("RSIA Bunda Aliyah")).isEqualTo(NameMatcher.tokens("RS Ibu dan Anak Bunda Aliyah"));
        assertThat(NameMatcher.tokens("RSUD Dr. H. Abdul Moeloek")).isEqualTo(NameMatcher.tokens("RS Umum Daerah Dr H Abdul Moeloek"));
        assertThat(NameMatcher.tokens("RS Immanuel Way Halim")).isEqualTo(NameMatcher.tokens("RS Umum Imanuel Way Halim"));
        assertThat(NameMatcher.tokens("RS Umum Tebet")).isNotEqualTo(NameMatcher.tokens("RSUD Tebet"));
    }

    @Test
    void looseMatchesMustBeUniqueAndOfTheSameKind() {
        Map<String, NameMatcher.Match<String>> matches = match(
                List.of("RS Bhayangkara Polda Lampung", "RS Umum Puri Medika", "RS Umum Tebet", "RS Umum Daerah Kecamatan Tebet"),
                List.of("RS Bhayangkara Lampung", "RSIA Puri Medika", "RS Tebet", "RSUD Tebet"));
        assertThat(matches.get("RS Bhayangkara Polda Lampung")).isEqualTo(new NameMatcher.Match<>("RS Bhayangkara Lampung", false));
        assertThat(matches).doesNotContainKey("RS Umum Puri Medika");
        assertThat(matches.get("RS Umum Tebet")).isEqualTo(new NameMatcher.Match<>("RS Tebet", true));
        assertThat(matches.get("RS Umum Daerah Kecamatan Tebet")).isEqualTo(new NameMatcher.Match<>("RSUD Tebet", false));
    }

    @Test
    void ambiguousNamesStayUnmatched() {
        assertThat(match(List.of("RS Umum Yadika", "RS Umum Yadika"), List.of("RS Yadika"))).isEmpty();
    }
}
