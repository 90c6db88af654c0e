package com.dangjian.ingestion.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.core.io.Resource;

import com.dangjian.contracts.bronze.Reject.ReasonCode;

/**
 * Looks at each inbox file before its reader opens it, so that one bad file never stops its source: an empty
 * file (or one holding only a byte-order mark or blank lines), a workbook that cannot be opened (truncated,
 * half-written, another format under an .xlsx name) and a CSV whose header lacks a column the contract requires
 * are refused as a whole — one file-level reject saying why and what to do ({@link SourceRow#refused}) — and
 * the source's other files land. The refused file is in the run's manifest like every file the step chose, so
 * it is not read again until its content changes.
 */
public class CheckedFileReader implements ResourceAwareItemReaderItemStream<SourceRow> {

    private final ResourceAwareItemReaderItemStream<SourceRow> delegate;
    private final FileTable table;
    private SourceRow refused;
    private boolean handedOver;
    private boolean opened;

    public CheckedFileReader(ResourceAwareItemReaderItemStream<SourceRow> delegate, FileTable table) {
        this.delegate = delegate;
        this.table = table;
    }

    @Override
    public void setResource(Resource resource) {
        refused = check(resource, table);
        handedOver = false;
        if (refused == null) {
            delegate.setResource(resource);
        }
    }

    @Override
    public void open(ExecutionContext context) {
        opened = refused == null;
        if (opened) {
            delegate.open(context);
        }
    }

    @Override
    public SourceRow read() throws Exception {
        if (refused != null) {
            if (handedOver) {
                return null;
            }
            handedOver = true;
            return refused;
        }
        return delegate.read();
    }

    @Override
    public void update(ExecutionContext context) {
        if (opened) {
            delegate.update(context);
        }
    }

    @Override
    public void close() {
        if (opened) {
            delegate.close();
            opened = false;
        }
    }

    /** The refusal row for a file that cannot be read as a whole, or null when it can be. */
    static SourceRow check(Resource resource, FileTable table) {
        String name = resource.getFilename();
        Path file;
        try {
            file = resource.getFile().toPath();
            if (blank(file)) {
                return SourceRow.refused(name, null, ReasonCode.FILE_EMPTY, name + " is empty (文件为空): ask the sender"
                        + " to export it again; it is not read again until its content changes", "");
            }
        } catch (IOException e) {
            return unreadable(name, e);
        }
        if (table.workbook()) {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                new XSSFReader(pkg).getSheetsData().hasNext();
                return null;
            } catch (Exception e) { // POI signals a broken package with several unchecked and checked types
                return unreadable(name, e);
            }
        }
        List<String> header = CsvRowReader.header(file, table.charset(), table.columns());
        HeaderMap mapped = HeaderMap.of(header, table.columns());
        if (!mapped.complete()) {
            return SourceRow.refused(name, null, ReasonCode.FILE_WRONG_HEADER, "the header lacks column(s) " + mapped.missing()
                    + " (表头缺少必需的列): map the renamed header in the source definition or ask the sender to restore it;"
                    + " the file is not read again until its content changes", String.join(",", header));
        }
        return null;
    }

    private static SourceRow unreadable(String name, Exception e) {
        return SourceRow.refused(name, null, ReasonCode.FILE_UNREADABLE, name + " cannot be opened (" + e.getClass().getSimpleName()
                + ": " + e.getMessage() + ") — it may be truncated or still being written (文件无法打开，可能不完整): ask the"
                + " sender to send it again; it is not read again until its content changes", "");
    }

    /** Empty, or nothing but a byte-order mark and white space. */
    private static boolean blank(Path file) throws IOException {
        if (Files.size(file) > 1 << 16) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        Charset charset = StandardCharsets.UTF_8;
        return new String(bytes, charset).replace("\uFEFF", "").isBlank();
    }
}
