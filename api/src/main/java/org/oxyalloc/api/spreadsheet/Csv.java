package org.oxyalloc.api.spreadsheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180) for spreadsheets, written from the same rows as a workbook: numbers in plain notation with a decimal
 * point, texts quoted where they must be, and a text that a spreadsheet would take for a formula (starting with =, +,
 * -, @, a tab or a carriage return) neutralised with a leading apostrophe.
 */
public final class Csv {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);

    private Csv() {
    }

    /** @param rows each cell a String, a Number or null (empty) */
    public static String write(List<String> headers, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder();
        row(csv, List.copyOf(headers));
        rows.forEach(r -> row(csv, r));
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<?> cells) {
        csv.append(cells.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return plain(number);
        }
        String text = neutralised(value.toString());
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Whether a spreadsheet would read the text as a formula. */
    static boolean looksLikeFormula(String text) {
        return FORMULA_START.matcher(text).matches();
    }

    private static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    static String plain(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return number.toString();
    }
}
