package org.oxyalloc.api.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.text.Phrase;

/**
 * XLSX workbooks, read into {@link Table}s and written from rows, with Apache POI. Written workbooks have a bold,
 * frozen header row, numbers as numbers (so that they sum and filter) and every text as text, never a formula: a text
 * that a spreadsheet would take for one (=, +, -, @) is also marked quote-prefixed, so that editing the cell keeps it
 * a text, while its value stays as it was (a name read back is the same name).
 */
public final class Workbooks {

    /** The media type of an XLSX workbook. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /**
     * A day's workbook unpacks to a few MB even at national scale (6,000 hospitals); a part that unpacks to more is
     * refused before it fills the memory, as is one that compresses more than 100 times (a zip bomb), the check POI
     * makes by default and is set here too so that it cannot be lost.
     */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;
    /** More rows than any sheet of a day's problem has (hospitals, at national scale, are a few thousand). */
    static final int MAX_ROWS = 100_000;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    /** A sheet to write: its name, its header and its rows, each cell a String or a Number (null: empty). */
    public record SheetContent(String name, List<String> headers, List<List<Object>> rows) {
    }

    private Workbooks() {
    }

    public static byte[] write(List<SheetContent> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            for (SheetContent content : sheets) {
                write(workbook.createSheet(content.name()), content, bold, text);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, SheetContent content, CellStyle bold, CellStyle quoted) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < content.headers().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(content.headers().get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        int[] widths = content.headers().stream().mapToInt(String::length).toArray();
        for (int r = 0; r < content.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = content.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    // A string cell is text, never a formula: a name beginning with "=" stays a name.
                    Cell cell = row.createCell(c);
                    cell.setCellValue(value.toString());
                    if (Csv.looksLikeFormula(value.toString())) {
                        cell.setCellStyle(quoted);
                    }
                }
                if (c < widths.length) {
                    widths[c] = Math.max(widths[c], text(value).length());
                }
            }
        }
        // Widths by characters, not autoSizeColumn: that measures with AWT fonts, which a server may not have.
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
        }
    }

    /**
     * The workbook's sheets by name, in their order; empty after adding to issues why it cannot be read. A sheet's
     * first row is its header; blank rows are skipped; cells are read as the user sees them, numbers in plain
     * notation, dates as ISO dates.
     */
    static Optional<Map<String, Table>> read(byte[] bytes, String fileName, List<ProblemIssue> issues) {
        Map<String, Table> tables = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                if (sheet.getLastRowNum() > MAX_ROWS) {
                    issues.add(ProblemIssue.error(Phrase.of("place.sheet", sheet.getSheetName()), sheet.getLastRowNum() + 1,
                            Phrase.of("sheet.tooManyRows", MAX_ROWS)));
                    return Optional.empty();
                }
                table(sheet, issues).ifPresent(table -> tables.put(table.name(), table));
            }
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook, and one too large unpacked, with assorted exceptions.
            boolean tooLarge = false;
            for (Throwable cause = e; cause != null && !tooLarge; cause = cause.getCause()) {
                tooLarge = String.valueOf(cause.getMessage()).contains("Zip bomb");
            }
            issues.add(ProblemIssue.error(Phrase.of("place.file", fileName), null, tooLarge
                    ? Phrase.of("sheet.tooLarge", MAX_UNPACKED_BYTES / (1024 * 1024)) : Phrase.of("sheet.notXlsx")));
            return Optional.empty();
        }
        return Optional.of(tables);
    }

    private static Optional<Table> table(Sheet sheet, List<ProblemIssue> issues) {
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        if (headerRow == null || sheet.getPhysicalNumberOfRows() == 0) {
            return Optional.empty();
        }
        String name = sheet.getSheetName().strip();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < headerRow.getLastCellNum(); c++) {
            header.add(text(headerRow.getCell(c)).strip());
        }
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        List<Table.Line> lines = new ArrayList<>();
        for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            boolean blank = true;
            for (int c = 0; c < Math.max(header.size(), row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                String value = text(cell).strip();
                if (cell != null && errorOf(cell) != null) {
                    issues.add(ProblemIssue.error(Table.cell(name, c, r + 1, null), errorOf(cell),
                            Phrase.of("sheet.errorCell")));
                    value = "";
                }
                if (c >= header.size()) {
                    if (!value.isEmpty()) {
                        issues.add(ProblemIssue.error(Table.cell(name, c, r + 1, null), value,
                                Phrase.of("sheet.beyondHeader")));
                    }
                    continue;
                }
                blank &= value.isEmpty();
                cells.add(value);
            }
            if (!blank) {
                lines.add(new Table.Line(r + 1, cells));
            }
        }
        return Optional.of(new Table(name, true, header, lines));
    }

    private static String errorOf(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.ERROR ? FormulaError.forInt(cell.getErrorCellValue()).getString() : null;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private static String text(Object value) {
        if (value instanceof Number number) {
            return Csv.plain(number);
        }
        return value == null ? "" : value.toString();
    }
}
