package org.openasn.reporting.profile.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openasn.reporting.profile.Bulan;
import org.openasn.reporting.profile.ProfileTable;
import org.openasn.reporting.profile.TableLayout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A profile table as an Excel workbook with one sheet ("Tabel 3.5"): the title ("Tabel 3.5 Rekapitulasi ..."), a
 * line with the population, agency and date counted, then the lines of {@link TableLayout} with a header row (and
 * above it the column groups, merged, when the table has any). Counts are numeric cells; totals are bold.
 */
public final class TableXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableXlsx() {
    }

    public static byte[] write(ProfileTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName("Tabel " + table.number()));
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

            int r = 0;
            cell(sheet.createRow(r++), 0, "Tabel " + table.number() + " " + table.title(), bold);
            String known = table.knownAt() == null ? "" : " (data per " + table.knownAt() + ")";
            cell(sheet.createRow(r++), 0, table.population() + " - " + table.instansi() + " - keadaan " + table.asOf().getDayOfMonth() + " "
                    + Bulan.title(table.asOf().getMonthValue()) + " " + table.asOf().getYear() + known, null);
            r++;
            int labelColumns = TableLayout.hasSectionColumn(table) ? 2 : 1;
            if (table.columns().stream().anyMatch(c -> c.group() != null)) {
                Row groups = sheet.createRow(r++);
                int c = 0;
                while (c < table.columns().size()) {
                    String group = table.columns().get(c).group();
                    int end = c;
                    while (end + 1 < table.columns().size() && group != null && group.equals(table.columns().get(end + 1).group())) {
                        end++;
                    }
                    if (group != null) {
                        cell(groups, labelColumns + c, group, bold);
                        if (end > c) {
                            sheet.addMergedRegion(new CellRangeAddress(groups.getRowNum(), groups.getRowNum(), labelColumns + c, labelColumns + end));
                        }
                    }
                    c = end + 1;
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
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
