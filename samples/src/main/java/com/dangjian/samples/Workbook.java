package com.dangjian.samples;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX written with POI's streaming workbook (sheets of any size in little memory), made byte-for-byte
 * reproducible: POI stamps the creation date into docProps/core.xml and the zip entries carry times, so both
 * are set to the export's own time before the file is written.
 */
final class Workbook implements Closeable {

    private final SXSSFWorkbook wb = new SXSSFWorkbook(500);
    private final CellStyle date;
    private final CellStyle header;

    Workbook() {
        wb.setCompressTempFiles(false);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    /** A sheet being written row by row; rows are numbered from 1 as Excel shows them. */
    final class SheetWriter {
        private final Sheet sheet;
        private int next;

        SheetWriter(String name) {
            sheet = wb.createSheet(name);
        }

        String name() {
            return sheet.getSheetName();
        }

        /** A title across {@code columns} merged cells (the MERGED_HEADER a person adds above the header). */
        int title(String text, int columns) {
            Row r = sheet.createRow(next++);
            r.createCell(0).setCellValue(text);
            r.getCell(0).setCellStyle(header);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(next - 1, next - 1, 0, columns - 1));
            }
            return next;
        }

        int header(List<String> names) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < names.size(); i++) {
                r.createCell(i).setCellValue(names.get(i));
                r.getCell(i).setCellStyle(header);
            }
            return next;
        }

        /** Writes a row of values (String, Number, LocalDate or null) and returns its 1-based number. */
        int row(Object... values) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                if (v instanceof Number n) {
                    r.createCell(i).setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    var c = r.createCell(i);
                    c.setCellValue(DateUtil.getExcelDate(d));
                    c.setCellStyle(date);
                } else {
                    r.createCell(i).setCellValue(v.toString());
                }
            }
            return next;
        }
    }

    SheetWriter sheet(String name) {
        return new SheetWriter(name);
    }

    /** Writes the workbook to {@code path} with every timestamp set to {@code stamp}; returns the bytes written. */
    long save(Path path, LocalDateTime stamp) {
        try {
            Date created = Date.from(stamp.toInstant(ZoneOffset.ofHours(8)));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(created));
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setModified(Optional.of(created));
            ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
            wb.write(raw);
            Files.createDirectories(path.getParent());
            try (OutputStream out = Files.newOutputStream(path)) {
                restamp(raw.toByteArray(), out, stamp);
            }
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e, e);
        }
    }

    /**
     * Copies a zip entry by entry, in the same order, with a fixed local time on every entry. Read through the
     * central directory: POI's streamed entries have sizes only there, which java.util.zip's stream reader rejects.
     */
    static void restamp(byte[] zip, OutputStream target, LocalDateTime stamp) throws IOException {
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream out = new ZipOutputStream(target)) {
            out.setLevel(6);
            byte[] buf = new byte[1 << 16];
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(stamp);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    for (int n; (n = data.read(buf)) > 0; ) {
                        out.write(buf, 0, n);
                    }
                }
                out.closeEntry();
            }
        }
    }

    @Override
    public void close() {
        try {
            wb.close();
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
