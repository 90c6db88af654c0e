package com.dangjian.dashboards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx workbook of plain sheets — a header row, then rows of text and numbers — written straight as
 * SpreadsheetML (Office Open XML: the parts Excel, WPS and LibreOffice need and no more; text as inline strings).
 * The site writes one for every organisation: POI's streaming writer spent over half of the organisations' pages'
 * time at province scale (its rows flushed character by character through a temporary file); this writes each
 * sheet's XML into memory once and zips it. The tests read every workbook back with POI.
 */
final class Workbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** One sheet: rows of cells, each a String (text), a Number, or null (no cell). */
    static final class Sheet {
        private final String name;
        private final StringBuilder rows = new StringBuilder();
        private int count;

        private Sheet(String name) {
            this.name = name;
        }

        Sheet row(Object... cells) {
            count++;
            rows.append("<row r=\"").append(count).append("\">");
            for (int i = 0; i < cells.length; i++) {
                Object v = cells[i];
                if (v == null || v instanceof Double d && !Double.isFinite(d)) {
                    continue;
                }
                rows.append("<c r=\"").append(column(i)).append(count).append('"');
                if (v instanceof Number n) {
                    rows.append("><v>").append(number(n)).append("</v></c>");
                } else {
                    String text = v.toString();
                    rows.append(" t=\"inlineStr\"><is><t")
                            .append(!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                                    || Character.isWhitespace(text.charAt(text.length() - 1))) ? " xml:space=\"preserve\"" : "")
                            .append('>');
                    escape(text, rows);
                    rows.append("</t></is></c>");
                }
            }
            rows.append("</row>");
            return this;
        }
    }

    private final List<Sheet> sheets = new ArrayList<>();

    /** A new sheet named {@code name} (Excel allows 31 characters, none of []:*?/\). */
    Sheet sheet(String name) {
        Sheet sheet = new Sheet(name.replaceAll("[\\[\\]:*?/\\\\]", " ").substring(0, Math.min(31, name.length())));
        sheets.add(sheet);
        return sheet;
    }

    void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder list = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            list.append("<sheet name=\"");
            escape(sheets.get(i - 1).name, list);
            list.append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        part(zip, "[Content_Types].xml", types.append("</Types>"));
        part(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>" + list
                + "</sheets></workbook>");
        part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + rels + "</Relationships>");
        for (int i = 1; i <= sheets.size(); i++) {
            part(zip, "xl/worksheets/sheet" + i + ".xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheets.get(i - 1).rows
                    + "</sheetData></worksheet>");
        }
        zip.finish();
    }

    private static void part(ZipOutputStream zip, String name, CharSequence xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A, B, … Z, AA, AB …: the column of a cell reference. */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    private static String number(Number n) {
        if (n instanceof Integer || n instanceof Long) {
            return n.toString();
        }
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** XML text: markup escaped, and the control characters XML 1.0 cannot hold dropped. */
    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
