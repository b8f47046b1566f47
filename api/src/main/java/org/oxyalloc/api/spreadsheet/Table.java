package org.oxyalloc.api.spreadsheet;

import java.util.List;

import org.oxyalloc.text.Phrase;

/**
 * One table of a spreadsheet, a CSV file or a workbook's sheet: its header of field names and its non-blank rows, each
 * with the row number the user sees, so that an error can say where it is.
 *
 * @param name the file name (suppliers.csv) or the sheet's name
 * @param sheet whether it is a workbook's sheet (errors name cells, D5) or a CSV file (errors name rows and columns)
 */
record Table(String name, boolean sheet, List<String> header, List<Line> lines) {

    /** A row of cells, as many as the header has, and its number counting the header as row 1. */
    record Line(int number, List<String> cells) {
    }

    Phrase where() {
        return sheet ? Phrase.of("place.sheet", name) : Phrase.of("place.file", name);
    }

    Phrase whereColumn(String column) {
        return Phrase.of("place.column", where(), column);
    }

    Phrase whereRow(int row) {
        return Phrase.of("place.row", where(), row);
    }

    /** "hospitals.csv, row 5, column beds", or for a sheet "sheet hospitals, cell F5 (beds)". */
    Phrase where(int row, String column) {
        int index = header.indexOf(column);
        if (sheet && index >= 0) {
            return cell(name, index, row, column);
        }
        return Phrase.of("place.column", whereRow(row), column);
    }

    /** "sheet hospitals, cell F5 (beds)", or without the column's name "sheet hospitals, cell F5". */
    static Phrase cell(String sheet, int index, int row, String column) {
        String cell = columnLetters(index) + row;
        return column == null ? Phrase.of("place.cell", sheet, cell) : Phrase.of("place.namedCell", sheet, cell, column);
    }

    /** 0 is A, 25 is Z, 26 is AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
