package org.oxyalloc.api.plan;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.problem.ProblemReading;

/**
 * A problem from spreadsheet exports: suppliers.csv and hospitals.csv, whose columns are the format's JSON field names
 * (nested ones flattened as {@code location.lat}, {@code fleet.tankers}; lists {@code ;}-separated; an empty cell is
 * an absent field). The problem then goes through the same {@link ProblemReader} as JSON, and every error names the
 * file, row and column.
 */
final class SpreadsheetProblem {

    private static final String SUPPLIERS = "suppliers.csv";
    private static final String HOSPITALS = "hospitals.csv";
    private static final ObjectReader CSV = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final Pattern ROW_PATH = Pattern.compile("^\\$\\.(suppliers|hospitals)\\[(\\d+)\\]\\.?(.*)$");

    /** The problem as JSON (for storing, also when invalid) and its reading. */
    record Result(String json, ProblemReading reading) {
    }

    private SpreadsheetProblem() {
    }

    /**
     * @param region, date as the problem's fields (the date as ISO text)
     * @param settings the settings as JSON, or null for the defaults
     */
    static Result read(String suppliersCsv, String hospitalsCsv, String region, String date, String settings,
            ProblemReader reader) {
        List<ProblemIssue> issues = new ArrayList<>();
        ObjectNode problem = ProblemJson.mapper().createObjectNode();
        putText(problem, "region", region);
        putText(problem, "date", date);
        if (settings != null && !settings.isBlank()) {
            try {
                problem.set("settings", ProblemJson.mapper().readTree(settings));
            } catch (JsonProcessingException e) {
                issues.add(ProblemIssue.error("settings", null, "malformed JSON: " + e.getOriginalMessage()));
            }
        }
        problem.set("suppliers", rows(suppliersCsv, SUPPLIERS, Problem.Supplier.class, issues));
        problem.set("hospitals", rows(hospitalsCsv, HOSPITALS, Problem.Hospital.class, issues));
        String json = problem.toPrettyString();
        ProblemReading reading = reader.read(json);
        issues.addAll(reading.issues().stream().map(SpreadsheetProblem::inFiles).toList());
        boolean valid = reading.isValid() && issues.stream().noneMatch(ProblemIssue::isError);
        return new Result(json, new ProblemReading(valid ? reading.problem() : null, issues));
    }

    private static ArrayNode rows(String csv, String file, Class<?> type, List<ProblemIssue> issues) {
        ArrayNode rows = ProblemJson.mapper().createArrayNode();
        List<List<String>> records;
        try (MappingIterator<List<String>> parsed = CSV.readValues(csv == null ? "" : csv.replaceFirst("^\uFEFF", ""))) {
            records = parsed.readAll();
        } catch (IOException e) {
            String where = e instanceof JsonProcessingException json && json.getLocation() != null
                    ? file + ", row " + json.getLocation().getLineNr() : file;
            issues.add(ProblemIssue.error(where, null, "not readable as CSV: "
                    + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage())));
            return rows;
        }
        if (records.isEmpty()) {
            issues.add(ProblemIssue.error(file, null, "the file is empty; expected a header row of field names"));
            return rows;
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Type> types = new ArrayList<>();
        for (String column : header) {
            Optional<Type> columnType = typeOf(type, column);
            types.add(columnType.orElse(null));
            if (columnType.isEmpty()) {
                issues.add(ProblemIssue.error(file + ", column " + column, column, "not a field of the format; expected one of "
                        + fieldNames(type, "")));
            }
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            String where = file + ", row " + (r + 1);
            if (record.size() != header.size()) {
                issues.add(ProblemIssue.error(where, null, "has " + record.size() + " cells; expected " + header.size()
                        + " like the header"));
                continue;
            }
            ObjectNode row = rows.addObject();
            for (int c = 0; c < header.size(); c++) {
                String cell = record.get(c).trim();
                if (!cell.isEmpty() && types.get(c) != null) {
                    put(row, header.get(c), cell, types.get(c), where + ", column " + header.get(c), issues);
                }
            }
        }
        return rows;
    }

    /** Sets a flattened column's value in a row, typed as the format's field is. */
    private static void put(ObjectNode row, String column, String cell, Type type, String where, List<ProblemIssue> issues) {
        String[] names = column.split("\\.");
        ObjectNode parent = row;
        for (int i = 0; i < names.length - 1; i++) {
            parent = parent.has(names[i]) ? (ObjectNode) parent.get(names[i]) : parent.putObject(names[i]);
        }
        String name = names[names.length - 1];
        if (type instanceof ParameterizedType) {
            ArrayNode values = parent.putArray(name);
            Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
        } else if (type == Boolean.class || type == boolean.class) {
            if (!cell.equalsIgnoreCase("true") && !cell.equalsIgnoreCase("false")) {
                issues.add(ProblemIssue.error(where, cell, "expected true or false"));
                return;
            }
            parent.put(name, Boolean.parseBoolean(cell.toLowerCase()));
        } else if (type == String.class || type instanceof Class<?> c && c.isEnum()) {
            parent.put(name, cell);
        } else {
            try {
                parent.set(name, ProblemJson.mapper().readTree(cell));
                if (!parent.get(name).isNumber()) {
                    throw new NumberFormatException(cell);
                }
            } catch (JsonProcessingException | NumberFormatException e) {
                parent.remove(name);
                issues.add(ProblemIssue.error(where, cell, "expected a number, with a decimal point"));
            }
        }
    }

    /** The type of a flattened field name, if the format has it: a leaf value or a list of texts. */
    private static Optional<Type> typeOf(Class<?> type, String column) {
        String[] names = column.split("\\.", 2);
        for (RecordComponent component : type.getRecordComponents()) {
            if (!component.getName().equals(names[0])) {
                continue;
            }
            Class<?> fieldType = component.getType();
            if (fieldType.isRecord()) {
                return names.length == 2 ? typeOf(fieldType, names[1]) : Optional.empty();
            }
            boolean textList = List.class.isAssignableFrom(fieldType);
            return names.length == 1 && !Map.class.isAssignableFrom(fieldType)
                    ? Optional.of(textList ? component.getGenericType() : fieldType) : Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> fieldNames(Class<?> type, String prefix) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType().isRecord()) {
                names.addAll(fieldNames(component.getType(), prefix + component.getName() + "."));
            } else {
                names.add(prefix + component.getName());
            }
        }
        return names;
    }

    /** $.hospitals[3].beds becomes "hospitals.csv, row 5, column beds" (row 1 is the header). */
    private static ProblemIssue inFiles(ProblemIssue issue) {
        Matcher m = ROW_PATH.matcher(issue.path());
        if (!m.matches()) {
            return issue;
        }
        String path = m.group(1) + ".csv, row " + (Integer.parseInt(m.group(2)) + 2)
                + (m.group(3).isEmpty() ? "" : ", column " + m.group(3));
        return new ProblemIssue(issue.severity(), path, issue.value(), issue.message());
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value.trim());
        }
    }
}
