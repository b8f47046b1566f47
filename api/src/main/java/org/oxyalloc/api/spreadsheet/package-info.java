/**
 * Spreadsheets in and out: a day's problem from CSV exports or an XLSX workbook (every error named by file or sheet,
 * row and column), a problem as a workbook in the same layout (the template to fill in, a plan's problem to copy and
 * edit), and the writing of workbooks that the exports share.
 */
package org.oxyalloc.api.spreadsheet;
