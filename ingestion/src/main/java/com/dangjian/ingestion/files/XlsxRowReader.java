package com.dangjian.ingestion.files;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.springframework.batch.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.io.Resource;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads one named sheet of an .xlsx workbook with Apache POI's streaming (SAX) reader, as formatted text.
 * The header row is the first of the top rows that names most expected columns (a merged title or a
 * merged two-row header sits above it); rows after it are records, numbered as Excel numbers them. A missing
 * or empty sheet yields no rows. Workbooks from the organ party committee are small (thousands of rows), so
 * a sheet's rows are held while the step reads it.
 */
public class XlsxRowReader extends AbstractItemCountingItemStreamItemReader<SourceRow>
        implements ResourceAwareItemReaderItemStream<SourceRow> {

    private static final int HEADER_SEARCH_ROWS = 5;

    private final String sheet;
    private final Map<String, List<String>> columns;
    private Resource resource;
    private List<SourceRow> rows = List.of();
    private int next;

    public XlsxRowReader(String name, String sheet, Map<String, List<String>> columns) {
        this.sheet = sheet;
        this.columns = columns;
        setName(name);
    }

    @Override
    public void setResource(Resource resource) {
        this.resource = resource;
    }

    @Override
    protected void doOpen() throws Exception {
        List<List<String>> cells = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(resource.getFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (!Normalise.text(it.getSheetName()).equals(sheet)) {
                        continue;
                    }
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                            new ReadOnlySharedStringsTable(pkg), new Collector(cells, numbers), new IsoDates(), false));
                    xml.parse(new InputSource(in));
                }
            }
        }
        int headerAt = -1;
        int best = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, cells.size()); i++) {
            int m = HeaderMap.matches(cells.get(i), columns);
            if (m > best) {
                best = m;
                headerAt = i;
            }
        }
        rows = new ArrayList<>();
        HeaderMap header = headerAt < 0 ? null : HeaderMap.of(cells.get(headerAt), columns);
        if (headerAt < 0 || cells.subList(headerAt + 1, cells.size()).stream().allMatch(XlsxRowReader::blank)) {
            // A missing, empty or header-only sheet has no row to land, but it must not pass unnoticed: one
            // marker row (number 0, no header) becomes an EMPTY_SHEET reject.
            rows.add(new SourceRow(resource.getFilename(), sheet, 0, List.of(), null, ""));
        } else if (!header.complete()) {
            rows.add(SourceRow.refused(resource.getFilename(), sheet, com.dangjian.contracts.bronze.Reject.ReasonCode.FILE_WRONG_HEADER,
                    "the sheet's header lacks column(s) " + header.missing()
                            + " (表头缺少必需的列): map the renamed header in the source definition or ask the sender to restore it;"
                            + " the workbook is not read again until its content changes", String.join("\t", cells.get(headerAt))));
        } else {
            for (int i = headerAt + 1; i < cells.size(); i++) {
                rows.add(new SourceRow(resource.getFilename(), sheet, numbers.get(i), cells.get(i), header,
                        String.join("\t", cells.get(i))));
            }
        }
        next = 0;
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    @Override
    protected SourceRow doRead() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }

    @Override
    protected void doClose() {
        rows = List.of();
    }

    /** Date cells as ISO dates whatever their display format ("3/5/24" would lose the century). */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                java.time.LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Rows as lists of cell text, gaps filled with empty strings, with their 1-based Excel row numbers. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> rows;
        private final List<Integer> numbers;
        private List<String> current;

        Collector(List<List<String>> rows, List<Integer> numbers) {
            this.rows = rows;
            this.numbers = numbers;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            numbers.add(rowNum + 1);
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(current);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = new CellReference(ref).getCol();
            while (current.size() < col) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }

}
