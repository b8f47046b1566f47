package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsEscapedQuotesAndLineBreaks() {
        List<List<String>> records = Csv.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n", "test");
        assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("", "", ""));
    }

    @Test
    void lastRecordNeedsNoLineBreak() {
        assertThat(Csv.parse("a,b\n1,2", "test")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> Csv.parse("a\n\"open", "test.csv")).hasMessageContaining("test.csv").hasMessageContaining("quote");
    }
}
