package dev.crosswalk.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX workbook of tables as auditors read them: a bold header row that stays in view (frozen) with filters, wrapped
 * text, and status cells filled by what they say. Every value is written as a string or number cell, never a formula.
 */
final class Workbook {
    /** Fill colours (RGB) of status and relation values; anything else stays white. */
    private static final Map<String, String> FILLS = new HashMap<>();

    static {
        for (String green : List.of("covered", "covers", "implemented", "implemented-via-mapping", "reuse", "equal", "superset-of", "applicable")) {
            FILLS.put(green, "C6EFCE");
        }
        for (String amber : List.of("partial", "partial-via-mapping", "partially-implemented", "extend", "subset-of", "planned")) {
            FILLS.put(amber, "FFEB9C");
        }
        for (String red : List.of("gap", "not-implemented", "new", "nothing meets this")) FILLS.put(red, "FFC7CE");
        for (String grey : List.of("not-applicable", "excluded", "no-relationship", "related")) FILLS.put(grey, "D9D9D9");
        FILLS.put("intersects-with", "FFF2CC");
    }

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle percent;
    private final Map<String, XSSFCellStyle> filled = new HashMap<>();

    Workbook() {
        header = bordered();
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(rgb("DDEBF7"), null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        percent = bordered();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    }

    /** The fill colour (RGB hex) a status or relation value gets, if any. */
    static String fillOf(String value) {
        return value == null ? null : FILLS.get(value);
    }

    /**
     * A sheet holding one table: {@code header} frozen with filters over the rows; cells of the {@code statusColumns} filled
     * by value; {@code widths} in characters. A {@link Percent} value is shown as a percentage.
     */
    XSSFSheet table(String name, List<String> headerRow, List<? extends List<?>> rows, List<Integer> statusColumns, int... widths) {
        XSSFSheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int c = 0; c < headerRow.size(); c++) set(h.createCell(c), headerRow.get(c), header);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<?> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                set(row.createCell(c), v, statusColumns.contains(c) ? fill(v == null ? null : v.toString()) : v instanceof Percent ? percent : text);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headerRow.size() - 1));
        for (int c = 0; c < headerRow.size(); c++) sheet.setColumnWidth(c, 256 * (c < widths.length ? widths[c] : 16));
        return sheet;
    }

    /** A value shown as a percentage (a fraction 0–1). */
    record Percent(double fraction) {}

    /** Lines of notes under a table, one label and value per row, starting {@code gap} rows below it. */
    void notes(XSSFSheet sheet, int gap, List<List<String>> lines) {
        int start = sheet.getLastRowNum() + 1 + gap;
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(start + i);
            for (int c = 0; c < lines.get(i).size(); c++) row.createCell(c).setCellValue(lines.get(i).get(c));
        }
    }

    XSSFCellStyle style(String fillRgb, boolean italic) {
        XSSFCellStyle s = bordered();
        if (fillRgb != null) {
            s.setFillForegroundColor(new XSSFColor(rgb(fillRgb), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (italic) {
            XSSFFont f = wb.createFont();
            f.setItalic(true);
            s.setFont(f);
        }
        return s;
    }

    XSSFCellStyle headerStyle() {
        return header;
    }

    XSSFSheet sheet(String name) {
        return wb.createSheet(name);
    }

    static void set(Cell cell, Object v, XSSFCellStyle style) {
        if (v instanceof Percent p) cell.setCellValue(p.fraction());
        else if (v instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (v instanceof Boolean b) cell.setCellValue(b ? "yes" : "no");
        else if (v != null) cell.setCellValue(String.valueOf(v));
        cell.setCellStyle(style);
    }

    byte[] bytes() {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XSSFCellStyle fill(String value) {
        String rgb = fillOf(value);
        return rgb == null ? text : filled.computeIfAbsent(rgb, x -> style(x, false));
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle s = wb.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
                (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }
}
