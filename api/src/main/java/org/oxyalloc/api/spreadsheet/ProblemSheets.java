package org.oxyalloc.api.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.text.Phrase;

/**
 * A day's problem as spreadsheets, in and out. Columns are the format's JSON field names (nested ones flattened as
 * {@code location.lat}, {@code fleet.tankers}; lists {@code ;}-separated; an empty cell is an absent field); numbers
 * take a decimal point or a decimal comma ({@code 1234.5}, {@code 1234,5}, {@code 1.234,5}).
 * <ul>
 * <li>As CSV exports: suppliers.csv and hospitals.csv, with the region, date and settings given beside them.</li>
 * <li>As a workbook: sheets suppliers, tankers (optional: one row per tanker, with its supplierId), hospitals,
 * collectionPosts (optional) and settings (optional: rows of field and value, region and date among them).</li>
 * </ul>
 * The problem then goes through the same {@link ProblemReader} as JSON, and every error names the file or sheet, row
 * and column (a sheet's cell, e.g. F5).
 */
public final class ProblemSheets {

    public static final String SUPPLIERS = "suppliers";
    public static final String TANKERS = "tankers";
    public static final String HOSPITALS = "hospitals";
    public static final String POSTS = "collectionPosts";
    public static final String SETTINGS = "settings";
    private static final List<String> SHEETS = List.of(SUPPLIERS, TANKERS, HOSPITALS, POSTS, SETTINGS);
    private static final String SUPPLIER_ID = "supplierId";
    private static final List<String> SETTINGS_HEADER = List.of("field", "value");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^[+-]?[0-9.]*,[0-9]+$");

    /** The problem as JSON (for storing, also when invalid) and its reading. */
    public record Result(String json, ProblemReading reading) {
    }

    private ProblemSheets() {
    }

    /**
     * @param region, date as the problem's fields (the date as ISO text)
     * @param settings the settings as JSON, or null for the defaults
     */
    public static Result fromCsv(String suppliersCsv, String hospitalsCsv, String region, String date, String settings,
            ProblemReader reader) {
        Assembly problem = new Assembly();
        problem.text("region", region);
        problem.text("date", date);
        if (settings != null && !settings.isBlank()) {
            try {
                problem.json.set("settings", ProblemJson.mapper().readTree(settings));
            } catch (JsonProcessingException e) {
                problem.issues.add(ProblemIssue.error("settings", null,
                        Phrase.of("issue.malformed", ProblemReader.withoutInternals(e.getOriginalMessage()))));
            }
        }
        CsvTables.read(suppliersCsv, "suppliers.csv", problem.issues).ifPresent(t -> problem.rows(SUPPLIERS, t, Problem.Supplier.class));
        CsvTables.read(hospitalsCsv, "hospitals.csv", problem.issues).ifPresent(t -> problem.rows(HOSPITALS, t, Problem.Hospital.class));
        return problem.read(reader);
    }

    /**
     * @param fileName the workbook's name, for errors about the whole file
     * @param region, date the problem's region and date when given here, instead of the settings sheet's
     */
    public static Result fromWorkbook(byte[] workbook, String fileName, String region, String date, ProblemReader reader) {
        Assembly problem = new Assembly();
        Map<String, Table> sheets = new HashMap<>();
        Workbooks.read(workbook, fileName, problem.issues).ifPresent(read -> read.values().forEach(table -> {
            Optional<String> known = SHEETS.stream().filter(s -> s.equalsIgnoreCase(table.name())).findFirst();
            if (known.isEmpty()) {
                problem.issues.add(ProblemIssue.warning(table.where(), null,
                        Phrase.of("sheet.unknownSheet", String.join(", ", SHEETS))));
            } else {
                sheets.put(known.get(), table);
            }
        }));
        if (problem.issues.stream().anyMatch(issue -> issue.isError() && issue.path().equals(fileName))) {
            return problem.unread();
        }
        if (sheets.containsKey(SETTINGS)) {
            problem.settings(sheets.get(SETTINGS));
        }
        problem.text("region", region);
        problem.text("date", date);
        List<String> missing = Stream.of(SUPPLIERS, HOSPITALS).filter(sheet -> !sheets.containsKey(sheet)).toList();
        if (!missing.isEmpty()) {
            problem.issues.add(ProblemIssue.error(Phrase.of("place.file", fileName), null,
                    Phrase.of("sheet.missingSheets", missing.size() == 1 ? missing.get(0)
                            : Phrase.of("list.and", missing.get(0), missing.get(1)), String.join(", ", SHEETS))));
            return problem.unread();
        }
        if (sheets.containsKey(SUPPLIERS)) {
            problem.rows(SUPPLIERS, sheets.get(SUPPLIERS), Problem.Supplier.class);
        }
        if (sheets.containsKey(TANKERS)) {
            problem.tankers(sheets.get(TANKERS));
        }
        if (sheets.containsKey(HOSPITALS)) {
            problem.rows(HOSPITALS, sheets.get(HOSPITALS), Problem.Hospital.class);
        }
        if (sheets.containsKey(POSTS)) {
            problem.rows(POSTS, sheets.get(POSTS), Problem.CollectionPost.class);
        }
        return problem.read(reader);
    }

    /**
     * The problem as a workbook that {@link #fromWorkbook} reads back: every column of the format, filled where the
     * problem has a value. A road network is not part of it (travel is then estimated in straight lines).
     */
    public static byte[] toWorkbook(Problem problem) {
        ObjectNode json = ProblemJson.mapper().valueToTree(problem);
        List<Workbooks.SheetContent> sheets = new ArrayList<>();
        List<String> supplierColumns = columns(Problem.Supplier.class, "");
        List<List<Object>> suppliers = new ArrayList<>();
        List<String> tankerColumns = new ArrayList<>(List.of(SUPPLIER_ID));
        tankerColumns.addAll(columns(Problem.Tanker.class, ""));
        List<List<Object>> tankers = new ArrayList<>();
        for (JsonNode supplier : json.withArray(SUPPLIERS)) {
            suppliers.add(cells(supplier, supplierColumns));
            for (JsonNode tanker : supplier.path(TANKERS)) {
                ObjectNode row = ((ObjectNode) tanker.deepCopy()).put(SUPPLIER_ID, supplier.path("id").asText());
                tankers.add(cells(row, tankerColumns));
            }
        }
        sheets.add(new Workbooks.SheetContent(SUPPLIERS, supplierColumns, suppliers));
        sheets.add(new Workbooks.SheetContent(TANKERS, tankerColumns, tankers));
        sheets.add(sheet(HOSPITALS, Problem.Hospital.class, json.withArray(HOSPITALS)));
        sheets.add(sheet(POSTS, Problem.CollectionPost.class, json.withArray(POSTS)));
        List<List<Object>> settings = new ArrayList<>();
        settings.add(Arrays.asList("region", problem.region()));
        settings.add(Arrays.asList("date", problem.date() == null ? null : problem.date().toString()));
        JsonNode given = json.path(SETTINGS);
        for (String field : columns(Problem.Settings.class, "")) {
            settings.add(Arrays.asList(field, value(at(given, field))));
        }
        given.path("constraintWeights").fields().forEachRemaining(weight ->
                settings.add(List.of("constraintWeights." + weight.getKey(), weight.getValue().asLong())));
        sheets.add(new Workbooks.SheetContent(SETTINGS, SETTINGS_HEADER, settings));
        return Workbooks.write(sheets);
    }

    /**
     * The workbook to fill in: every sheet and column of the format, with an invented example supplier and two
     * hospitals (their names say so) to overwrite.
     */
    public static byte[] template() {
        try (InputStream example = ProblemSheets.class.getResourceAsStream("example-problem.json")) {
            return toWorkbook(ProblemJson.mapper().readValue(example, Problem.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the template's example problem is missing or unreadable", e);
        }
    }

    private static Workbooks.SheetContent sheet(String name, Class<?> type, ArrayNode rows) {
        List<String> columns = columns(type, "");
        List<List<Object>> cells = new ArrayList<>();
        rows.forEach(row -> cells.add(cells(row, columns)));
        return new Workbooks.SheetContent(name, columns, cells);
    }

    private static List<Object> cells(JsonNode row, List<String> columns) {
        return columns.stream().map(column -> value(at(row, column))).toList();
    }

    private static JsonNode at(JsonNode node, String column) {
        return node.at("/" + column.replace('.', '/'));
    }

    private static Object value(JsonNode node) {
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return String.join("; ", items);
        }
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** The flattened field names of a record, in the format's order: leaf values and lists of texts. */
    static List<String> columns(Class<?> type, String prefix) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> fieldType = component.getType();
            if (fieldType.isRecord()) {
                names.addAll(columns(fieldType, prefix + component.getName() + "."));
            } else if (!Map.class.isAssignableFrom(fieldType) && typeOf(type, component.getName()).isPresent()) {
                names.add(prefix + component.getName());
            }
        }
        return names;
    }

    /**
     * The type of a flattened field name, if the format has it as a cell: a leaf value, a list of texts, or a value of
     * a map by its key ({@code constraintWeights.LOX shortage}).
     */
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
            Type generic = component.getGenericType();
            if (Map.class.isAssignableFrom(fieldType)) {
                return names.length == 2 && generic instanceof ParameterizedType map
                        ? Optional.of(map.getActualTypeArguments()[1]) : Optional.empty();
            }
            if (List.class.isAssignableFrom(fieldType)) {
                boolean texts = generic instanceof ParameterizedType list && list.getActualTypeArguments()[0] == String.class;
                return names.length == 1 && texts ? Optional.of(generic) : Optional.empty();
            }
            return names.length == 1 ? Optional.of(fieldType) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Where a part of the JSON came from: a table's row, and the column unless the rest of the JSON path names it. */
    private record Origin(Table table, int row, String column) {

        Phrase where(String rest) {
            if (column != null) {
                return table.where(row, column);
            }
            if (row < 0) {
                return table.where();
            }
            // reservedForGroups[1] is a part of the cell reservedForGroups.
            String cell = rest.replaceFirst("\\[\\d+\\].*$", "");
            return cell.isEmpty() ? table.whereRow(row) : table.where(row, cell);
        }
    }

    /** The problem's JSON built from tables, remembering where each part came from. */
    private static final class Assembly {

        final ObjectNode json = ProblemJson.mapper().createObjectNode();
        final List<ProblemIssue> issues = new ArrayList<>();
        private final Map<String, Origin> origins = new HashMap<>();

        void text(String field, String value) {
            if (value != null && !value.isBlank()) {
                json.put(field, value.strip());
                origins.remove("$." + field);
            }
        }

        void rows(String array, Table table, Class<?> type) {
            ArrayNode rows = json.putArray(array);
            origins.put("$." + array, new Origin(table, -1, null));
            List<Type> types = columnTypes(table, type, List.of());
            for (Table.Line line : table.lines()) {
                origins.put("$." + array + "[" + rows.size() + "]", new Origin(table, line.number(), null));
                fill(rows.addObject(), table, line, types);
            }
        }

        /** Each tanker row joins the tankers of the supplier its supplierId names. */
        void tankers(Table table) {
            if (!table.header().contains(SUPPLIER_ID)) {
                issues.add(ProblemIssue.error(table.where(), null, Phrase.of("sheet.noSupplierColumn", SUPPLIER_ID)));
                return;
            }
            Map<String, Integer> suppliers = new LinkedHashMap<>();
            ArrayNode supplierRows = json.withArray(SUPPLIERS);
            for (int i = 0; i < supplierRows.size(); i++) {
                suppliers.putIfAbsent(supplierRows.get(i).path("id").asText(), i);
            }
            List<Type> types = columnTypes(table, Problem.Tanker.class, List.of(SUPPLIER_ID));
            int idColumn = table.header().indexOf(SUPPLIER_ID);
            for (Table.Line line : table.lines()) {
                String supplierId = line.cells().get(idColumn);
                Integer supplier = suppliers.get(supplierId);
                if (supplier == null) {
                    issues.add(ProblemIssue.error(table.where(line.number(), SUPPLIER_ID), supplierId,
                            Phrase.of("sheet.unknownSupplier", SUPPLIERS)));
                    continue;
                }
                ArrayNode tankers = ((ObjectNode) supplierRows.get(supplier)).withArray(TANKERS);
                origins.put("$." + SUPPLIERS + "[" + supplier + "]." + TANKERS + "[" + tankers.size() + "]",
                        new Origin(table, line.number(), null));
                fill(tankers.addObject(), table, line, types);
            }
        }

        /** Rows of field and value: region, date and the settings' flattened fields. */
        void settings(Table table) {
            if (!table.header().equals(SETTINGS_HEADER)) {
                issues.add(ProblemIssue.error(table.where(), String.join(", ", table.header()),
                        Phrase.of("sheet.settingsColumns", SETTINGS_HEADER.get(0), SETTINGS_HEADER.get(1))));
                return;
            }
            ObjectNode settings = json.putObject(SETTINGS);
            for (Table.Line line : table.lines()) {
                String field = line.cells().get(0);
                String value = line.cells().get(1);
                Phrase where = table.where(line.number(), "value");
                if (field.equals("region") || field.equals("date")) {
                    text(field, value);
                    origins.put("$." + field, new Origin(table, line.number(), "value"));
                    continue;
                }
                Optional<Type> type = typeOf(Problem.Settings.class, field);
                if (type.isEmpty()) {
                    issues.add(ProblemIssue.error(table.where(line.number(), "field"), field,
                            Phrase.of("sheet.unknownSetting", columns(Problem.Settings.class, ""))));
                } else if (!value.isEmpty()) {
                    origins.put("$." + SETTINGS + "." + field, new Origin(table, line.number(), "value"));
                    put(settings, field, value, type.get(), where);
                }
            }
        }

        private List<Type> columnTypes(Table table, Class<?> type, List<String> otherColumns) {
            List<Type> types = new ArrayList<>();
            for (String column : table.header()) {
                Optional<Type> columnType = otherColumns.contains(column) ? Optional.empty() : typeOf(type, column);
                types.add(columnType.orElse(null));
                if (columnType.isEmpty() && !otherColumns.contains(column)) {
                    issues.add(ProblemIssue.error(column.isEmpty() ? Phrase.of("place.unnamedColumn", table.where())
                            : table.whereColumn(column), column, Phrase.of("sheet.unknownColumn", columns(type, ""))));
                }
            }
            return types;
        }

        private void fill(ObjectNode row, Table table, Table.Line line, List<Type> types) {
            for (int c = 0; c < types.size(); c++) {
                String cell = line.cells().get(c);
                if (!cell.isEmpty() && types.get(c) != null) {
                    String column = table.header().get(c);
                    put(row, column, cell, types.get(c), table.where(line.number(), column));
                }
            }
        }

        /** Sets a flattened column's value, typed as the format's field is. */
        private void put(ObjectNode row, String column, String cell, Type type, Phrase where) {
            String[] names = column.split("\\.");
            ObjectNode parent = row;
            for (int i = 0; i < names.length - 1; i++) {
                parent = parent.has(names[i]) ? (ObjectNode) parent.get(names[i]) : parent.putObject(names[i]);
            }
            String name = names[names.length - 1];
            if (type instanceof ParameterizedType) {
                ArrayNode values = parent.putArray(name);
                Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
            } else if (type == Boolean.class || type == boolean.class) {
                String word = cell.toLowerCase(Locale.ROOT);
                if (!word.equals("true") && !word.equals("false")) {
                    issues.add(ProblemIssue.error(where, cell, Phrase.of("sheet.notABoolean")));
                    return;
                }
                parent.put(name, Boolean.parseBoolean(word));
            } else if (type == String.class || type instanceof Class<?> c && c.isEnum()) {
                parent.put(name, cell);
            } else {
                String number = DECIMAL_COMMA.matcher(cell).matches() ? cell.replace(".", "").replace(',', '.') : cell;
                try {
                    JsonNode value = ProblemJson.mapper().readTree(number);
                    if (value == null || !value.isNumber()) {
                        throw new NumberFormatException(cell);
                    }
                    parent.set(name, value);
                } catch (JsonProcessingException | NumberFormatException e) {
                    issues.add(ProblemIssue.error(where, cell, Phrase.of("sheet.notANumber")));
                }
            }
        }

        /** When the files cannot make a problem at all: their errors only, without the reader's about what is missing. */
        Result unread() {
            return new Result(json.toPrettyString(), new ProblemReading(null, issues));
        }

        Result read(ProblemReader reader) {
            String text = json.toPrettyString();
            ProblemReading reading = reader.read(text);
            issues.addAll(reading.issues().stream().map(this::located).toList());
            boolean valid = reading.isValid() && issues.stream().noneMatch(ProblemIssue::isError);
            return new Result(text, new ProblemReading(valid ? reading.problem() : null, issues));
        }

        /** $.hospitals[3].beds becomes "hospitals.csv, row 5, column beds" (row 1 is the header). */
        private ProblemIssue located(ProblemIssue issue) {
            String path = issue.path();
            Optional<String> prefix = origins.keySet().stream()
                    .filter(key -> path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "["))
                    .max(Comparator.comparingInt(String::length));
            if (prefix.isEmpty()) {
                return issue;
            }
            String rest = path.substring(prefix.get().length()).replaceFirst("^\\.", "");
            return issue.at(origins.get(prefix.get()).where(rest));
        }
    }
}
