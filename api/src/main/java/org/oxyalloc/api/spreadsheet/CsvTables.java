package org.oxyalloc.api.spreadsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.text.Phrase;

/**
 * Reads a CSV file into a {@link Table}. The separator is a comma, or a semicolon as spreadsheets in the Indonesian
 * locale write it (chosen by which of the two the header row has more of).
 */
final class CsvTables {

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTables() {
    }

    /** The table, or empty after adding to issues why the file cannot be read. */
    static Optional<Table> read(String text, String fileName, List<ProblemIssue> issues) {
        String content = text == null ? "" : text.replaceFirst("^\uFEFF", "");
        ObjectReader csv = MAPPER.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator(content)));
        List<List<String>> records;
        try (MappingIterator<List<String>> parsed = csv.readValues(content)) {
            records = parsed.readAll();
        } catch (IOException e) {
            Phrase where = e instanceof JsonProcessingException json && json.getLocation() != null
                    ? Phrase.of("place.row", Phrase.of("place.file", fileName), json.getLocation().getLineNr())
                    : Phrase.of("place.file", fileName);
            issues.add(ProblemIssue.error(where, null, Phrase.of("sheet.notCsv", ProblemReader.withoutInternals(
                    e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()))));
            return Optional.empty();
        }
        if (records.isEmpty()) {
            issues.add(ProblemIssue.error(Phrase.of("place.file", fileName), null, Phrase.of("sheet.emptyFile")));
            return Optional.empty();
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Table.Line> lines = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (record.size() != header.size()) {
                issues.add(ProblemIssue.error(Phrase.of("place.row", Phrase.of("place.file", fileName), r + 1), null,
                        Phrase.of("sheet.cellCount", record.size(), header.size())));
                continue;
            }
            lines.add(new Table.Line(r + 1, record.stream().map(String::strip).toList()));
        }
        return Optional.of(new Table(fileName, false, header, lines));
    }

    private static char separator(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
