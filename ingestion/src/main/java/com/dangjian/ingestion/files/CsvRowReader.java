package com.dangjian.ingestion.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.separator.SimpleRecordSeparatorPolicy;
import org.springframework.batch.item.file.transform.DelimitedLineTokenizer;
import org.springframework.core.io.Resource;

/**
 * Spring Batch's {@link FlatFileItemReader} for the departments' CSV files, one physical line per record (no
 * field spans lines in these exports, so a truncated last line stays one bad row instead of swallowing the
 * file). Per file it detects the charset (promised first, see {@link Encodings}) and maps the header by name.
 */
public class CsvRowReader extends FlatFileItemReader<SourceRow> {

    private final Charset promised;
    private final Map<String, List<String>> columns;
    private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer();
    private String file = "";
    private HeaderMap header;

    public CsvRowReader(String name, Charset promised, Map<String, List<String>> columns) {
        this.promised = promised;
        this.columns = columns;
        tokenizer.setStrict(false);
        setName(name);
        setLinesToSkip(1);
        setRecordSeparatorPolicy(new SimpleRecordSeparatorPolicy());
        setSkippedLinesCallback(line -> header = HeaderMap.of(split(line.replace("\uFEFF", "")), columns));
        setLineMapper((line, number) -> new SourceRow(file, null, number, cells(line), header, line));
    }

    @Override
    public void setResource(Resource resource) {
        super.setResource(resource);
        file = resource.getFilename();
        try {
            setEncoding(Encodings.detect(resource.getFile().toPath(), promised,
                    firstLine -> HeaderMap.matches(split(firstLine.replace("\uFEFF", "")), columns) * 2 > columns.size())
                    .name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + resource, e);
        }
    }

    /**
     * A row short of fields whose text holds full-width commas had them typed where the delimiter belongs (an
     * input method left in Chinese mode): they are read as delimiters. Elsewhere a full-width comma is data.
     */
    private List<String> cells(String line) {
        List<String> cells = split(line);
        if (header != null && cells.size() < columns.size() && line.indexOf('\uFF0C') >= 0) {
            List<String> repaired = split(line.replace('\uFF0C', ','));
            if (repaired.size() > cells.size()) {
                return repaired;
            }
        }
        return cells;
    }

    private List<String> split(String line) {
        return Arrays.asList(tokenizer.tokenize(line).getValues());
    }

    /** The header cells of a CSV file, decoded as the reader would (charset detected, byte-order mark dropped). */
    static List<String> header(java.nio.file.Path file, Charset promised, Map<String, List<String>> columns) {
        DelimitedLineTokenizer t = new DelimitedLineTokenizer();
        t.setStrict(false);
        java.util.function.Function<String, List<String>> cells = l -> Arrays.asList(t.tokenize(l.replace("\uFEFF", "")).getValues());
        Charset charset = Encodings.detect(file, promised, first -> HeaderMap.matches(cells.apply(first), columns) * 2 > columns.size());
        // A lenient decoder (malformed bytes become U+FFFD), as the reader decodes: the header decides, not its bytes.
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                java.nio.file.Files.newInputStream(file), charset))) {
            String first = r.readLine();
            return first == null ? List.of() : cells.apply(first);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
