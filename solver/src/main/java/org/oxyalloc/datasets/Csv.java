package org.oxyalloc.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: comma-separated, double-quoted fields with "" escapes and line breaks inside quotes.
 * Public for the service's spreadsheet import, which parses with {@link #parse}.
 */
public final class Csv {

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

    /** Splits text into records of fields. */
    public static List<List<String>> parse(String text, String source) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + ": unterminated quoted field at end of file");
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
