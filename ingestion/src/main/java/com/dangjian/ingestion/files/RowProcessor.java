package com.dangjian.ingestion.files;

import org.springframework.batch.item.ItemProcessor;

import com.dangjian.ingestion.bronze.Landed;
import com.dangjian.ingestion.bronze.Reject;
import com.dangjian.ingestion.bronze.Reject.ReasonCode;

/**
 * A file row → a bronze record, or a reject that names the file, line or row, the reason and keeps the raw
 * text. A blank row is not a record (filtered and counted). A file whose header lacks a required column
 * rejects every row with the columns it lacks, so nothing is silently lost.
 */
public class RowProcessor implements ItemProcessor<SourceRow, Landed> {

    private final FileTable table;

    public RowProcessor(FileTable table) {
        this.table = table;
    }

    @Override
    public Landed process(SourceRow row) {
        if (row.header() == null && row.number() == 0) {
            return reject(row, ReasonCode.EMPTY_SHEET, "the sheet is missing or has no header row: nothing could be read from it");
        }
        if (row.blank()) {
            return null;
        }
        if (row.header() == null || !row.header().complete()) {
            return reject(row, ReasonCode.MISSING_COLUMN, "the header lacks column(s) "
                    + (row.header() == null ? table.columns().keySet() : row.header().missing())
                    + ": map the renamed header in the source definition or ask the sender to restore it");
        }
        try {
            return Landed.accepted(table.conformer().conform(row));
        } catch (Normalise.InvalidValue e) {
            ReasonCode reason = e.getMessage().contains("date") ? ReasonCode.INVALID_DATE
                    : e.getMessage().endsWith("is empty") ? ReasonCode.MISSING_FIELD : ReasonCode.INVALID_VALUE;
            return reject(row, reason, e.getMessage());
        } catch (FileTable.UnknownCode e) {
            return reject(row, ReasonCode.UNKNOWN_CODE, e.getMessage());
        } catch (RuntimeException e) {
            return reject(row, ReasonCode.MALFORMED_ROW, "cannot be read: " + e.getMessage());
        }
    }

    private Landed reject(SourceRow row, ReasonCode reason, String message) {
        return Landed.rejected(new Reject(table.source(), table.table(), row.file()
                + (row.sheet() == null ? "" : "!" + row.sheet()), row.number(), reason, row.where() + ": " + message, row.raw()));
    }
}
