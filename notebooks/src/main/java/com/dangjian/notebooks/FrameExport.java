package com.dangjian.notebooks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.dangjian.warehouse.clickhouse.Tsv;
import com.dangjian.warehouse.read.TablePrinter;

/** A frame written for people who continue in Excel or another tool: XLSX (numbers as numbers) or CSV. */
final class FrameExport {

    private FrameExport() {
    }

    static Path excel(Frame frame, Path file, String sheetName) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            Sheet sheet = book.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < frame.columns().size(); c++) {
                header.createCell(c).setCellValue(frame.columns().get(c));
            }
            int r = 1;
            for (Frame.Row row : frame.rows()) {
                Row out = sheet.createRow(r++);
                for (int c = 0; c < frame.columns().size(); c++) {
                    Object v = row.get(frame.columns().get(c));
                    if (v != null) {
                        value(out.createCell(c), v);
                    }
                }
            }
            createParent(file);
            try (OutputStream o = Files.newOutputStream(file)) {
                book.write(o);
            }
            book.dispose();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Numbers stay numbers (sums and charts work in Excel); a code such as 4101 or D01-B001 stays text if it was text with letters. */
    private static void value(Cell cell, Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isNaN(d)) {
                cell.setCellValue(d);
            }
        } else {
            String s = v.toString();
            if (s.matches("-?\\d{1,15}(\\.\\d+)?") && !(s.length() > 1 && s.startsWith("0") && !s.startsWith("0."))) {
                cell.setCellValue(Double.parseDouble(s));
            } else {
                cell.setCellValue(s);
            }
        }
    }

    /** UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly. */
    static Path csv(Frame frame, Path file) {
        List<List<String>> rows = frame.rows().stream()
                .map(r -> frame.columns().stream().map(c -> r.get(c) == null ? null : r.get(c).toString()).toList()).toList();
        try {
            createParent(file);
            Files.writeString(file, "\uFEFF" + TablePrinter.csv(new Tsv.Table(frame.columns(), rows)), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
