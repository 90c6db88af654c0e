package com.dangjian.ingestion.files;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * One table that arrives as files in an inbox folder: where (folder, file pattern), how (CSV in a promised
 * charset, or a named worksheet), which columns (canonical name → accepted header names) and how a row becomes
 * a bronze record.
 *
 * @param sheet     the worksheet name for .xlsx files; null for CSV
 * @param charset   the promised charset of CSV files; null for .xlsx
 * @param sensitive contract columns that may hold personal data (free text): masked in a reject's raw text, like
 *                  every column the contract does not name ({@link Redaction})
 */
public record FileTable(com.dangjian.contracts.bronze.BronzeTable bronze, String folder, String glob, String sheet, Charset charset,
                        Map<String, List<String>> columns, java.util.Set<String> sensitive, Conformer conformer) {

    public String source() {
        return bronze.source();
    }

    public String table() {
        return bronze.table();
    }

    public Schema schema() {
        return bronze.schema();
    }

    /**
     * Turns a row into a bronze record, its dates checked against the night's {@link Plausible} range; throws
     * {@link Normalise.InvalidValue} or {@link UnknownCode}.
     */
    @FunctionalInterface
    public interface Conformer {
        GenericRecord conform(SourceRow row, Plausible plausible);
    }

    public boolean workbook() {
        return sheet != null;
    }

    /** A code outside the list the contract allows. */
    public static final class UnknownCode extends RuntimeException {
        public UnknownCode(String field, String value, java.util.Collection<String> allowed) {
            // Sorted: Set.of iterates in a per-JVM order, and rejects must not differ between runs.
            super(field + " '" + value + "' is not one of " + new java.util.TreeSet<>(allowed));
        }
    }

    public static String required(SourceRow row, String column) {
        String v = Normalise.text(row.get(column));
        if (v == null) {
            throw new Normalise.InvalidValue(column, "", "is empty");
        }
        return v;
    }

    public static String oneOf(String column, String value, java.util.Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new UnknownCode(column, value, allowed);
        }
        return value;
    }
}
