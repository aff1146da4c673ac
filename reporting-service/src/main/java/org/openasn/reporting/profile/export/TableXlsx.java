package org.openasn.reporting.profile.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openasn.reporting.profile.ProfileTable;
import org.openasn.reporting.profile.TableLayout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Profile tables as an Excel workbook with one sheet per table ("Tabel 3.5"): the title ("Tabel 3.5 Rekapitulasi ..."),
 * a line with the population, agency and date counted, then the lines of {@link TableLayout} with a header row (and
 * above it the column groups, merged, when the table has any). Counts are numeric cells; totals are bold.
 */
public final class TableXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableXlsx() {
    }

    /** One table, one sheet. */
    public static byte[] write(ProfileTable table) {
        return write(List.of(table));
    }

    /** The tables in their order, a sheet each (the whole profile: {@code GET /profile/document}). */
    public static byte[] write(List<ProfileTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            for (ProfileTable table : tables) {
                sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName("Tabel " + table.number())), table, bold, percent);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, ProfileTable table, CellStyle bold, CellStyle percent) {
        int r = 0;
        cell(sheet.createRow(r++), 0, "Tabel " + table.number() + " " + table.title(), bold);
        cell(sheet.createRow(r++), 0, TableLayout.subtitle(table), null);
        r++;
        int labelColumns = TableLayout.hasSectionColumn(table) ? 2 : 1;
        List<TableLayout.Span> groups = TableLayout.columnGroups(table);
        if (!groups.isEmpty()) {
            Row row = sheet.createRow(r++);
            for (TableLayout.Span group : groups) {
                if (group.label() != null) {
                    cell(row, labelColumns + group.first(), group.label(), bold);
                    if (group.last() > group.first()) {
                        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), labelColumns + group.first(), labelColumns + group.last()));
                    }
                }
            }
        }
        for (TableLayout.Line line : TableLayout.lines(table)) {
            Row row = sheet.createRow(r++);
            CellStyle style = line.kind() == TableLayout.Kind.ROW ? null : bold;
            List<String> labels = line.labels();
            for (int c = 0; c < labels.size(); c++) {
                if (labels.get(c) != null) {
                    cell(row, c, labels.get(c), style);
                }
            }
            List<Object> values = line.values();
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof String text) {
                    cell(row, labels.size() + c, text, style);
                } else if (value instanceof BigDecimal share) {
                    Cell cell = row.createCell(labels.size() + c);
                    cell.setCellValue(share.doubleValue());
                    cell.setCellStyle(percent);
                } else if (value instanceof Long count) {
                    Cell cell = row.createCell(labels.size() + c);
                    cell.setCellValue(count);
                    if (style != null) {
                        cell.setCellStyle(style);
                    }
                }
            }
        }
        for (int c = 0; c < labelColumns; c++) {
            sheet.setColumnWidth(c, 40 * 256);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
