/**
 * Evaluation sheets as files people exchange: blank templates to fill in ({@link vn.ocop.sheetio.SheetTemplates},
 * JSON and CSV) and the reader of members' sheets from a CSV spreadsheet ({@link vn.ocop.sheetio.SheetCsvReader}),
 * the shape a Google Form or an Excel sheet exports: a row per member, a column per criterion.
 *
 * <p>The template writer and the reader share one set of column rules, so a template filled in is read back as it
 * is. The printable sheet a member signs is in {@link vn.ocop.format.SheetFormRenderer}.
 */
package vn.ocop.sheetio;
