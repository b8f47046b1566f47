package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * The source files' CSV (RFC 4180: comma-separated, double-quoted fields with "" escapes and line breaks inside
 * quotes), parsed by Jackson's CSV module, as rows by header name with their record numbers for error messages.
 */
final class Csv {

    private static final ObjectReader READER = new CsvMapper().readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY);

    private Csv() {
    }

    /** One data row, by header name; {@code line} is its 1-based record number (the line number when no field spans lines). */
    record Row(String file, int line, Map<String, String> fields) {

        String text(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalArgumentException(file + ":" + line + ": no column '" + column + "'");
            }
            return value.trim();
        }

        boolean isBlank(String column) {
            return text(column).isEmpty();
        }

        double number(String column) {
            try {
                return Double.parseDouble(text(column));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + line + ": '" + column + "' is not a number: " + text(column), e);
            }
        }

        /** An integer; thousands separators ("1,054", in a few register rows) are accepted. */
        int integer(String column) {
            String value = text(column);
            try {
                return Integer.parseInt(value.matches("\\d{1,3}(,\\d{3})+") ? value.replace(",", "") : value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + line + ": '" + column + "' is not an integer: " + text(column), e);
            }
        }
    }

    static List<Row> read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<List<String>> records = parse(content, file.getFileName().toString());
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty file, no header");
        }
        List<String> header = records.get(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                throw new IllegalArgumentException(file + ": record " + i + " has " + record.size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c).trim(), record.get(c));
            }
            rows.add(new Row(file.getFileName().toString(), i + 1, fields));
        }
        return rows;
    }

    /** Splits RFC 4180 text into records of fields; a malformed file is an error that names it and the line. */
    static List<List<String>> parse(String text, String source) {
        try (MappingIterator<List<String>> records = READER.readValues(text)) {
            return records.readAll();
        } catch (IOException e) {
            String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            int line = e instanceof JsonProcessingException json && json.getLocation() != null ? json.getLocation().getLineNr() : -1;
            throw new IllegalArgumentException(source + (line > 0 ? ":" + line : "") + ": " + message, e);
        }
    }
}
