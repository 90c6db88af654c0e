package com.dangjian.ingestion.files;

import org.springframework.batch.item.ItemProcessor;

import com.dangjian.ingestion.bronze.Landed;
import com.dangjian.contracts.bronze.Reject;
import com.dangjian.contracts.bronze.Reject.ReasonCode;

/**
 * A file row → a bronze record, or a reject that names the file, line or row, the reason and keeps the raw
 * text with its personal cells masked ({@link Redaction}). A blank row is not a record (filtered and counted). A
 * file or sheet refused as a whole (empty, unreadable, a header lacking a required column) is one file-level
 * reject, so nothing is silently lost and the source's other files still land.
 */
public class RowProcessor implements ItemProcessor<SourceRow, Landed> {

    private final FileTable table;
    private final Plausible plausible;

    public RowProcessor(FileTable table, Plausible plausible) {
        this.table = table;
        this.plausible = plausible;
    }

    @Override
    public Landed process(SourceRow row) {
        if (row.refusal() != null) {
            return reject(row, row.refusal().reason(), row.refusal().message());
        }
        if (row.header() == null && row.number() == 0) {
            return reject(row, ReasonCode.EMPTY_SHEET, "the sheet is missing or has no header row: nothing could be read"
                    + " from it (工作表缺失或为空)");
        }
        if (row.blank()) {
            return null;
        }
        if (row.cells().stream().anyMatch(c -> c != null && c.indexOf('\uFFFD') >= 0)) {
            return reject(row, ReasonCode.INVALID_ENCODING, "holds bytes that are not valid in the file's charset: ask the"
                    + " sender to export it again in " + (table.charset() == null ? "UTF-8" : table.charset().name())
                    + " (含无法识别的字符，请对方重新导出)");
        }
        try {
            return Landed.accepted(table.conformer().conform(row, plausible));
        } catch (Plausible.OutOfRange e) {
            return reject(row, ReasonCode.DATE_OUT_OF_RANGE, e.getMessage());
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
        String raw = row.refusal() != null || row.header() == null ? Redaction.idCards(row.raw())
                : Redaction.row(row.cells(), row.header(), table.sensitive(), table.workbook() ? "\t" : ",");
        return Landed.rejected(new Reject(table.source(), table.table(), row.file()
                + (row.sheet() == null ? "" : "!" + row.sheet()), row.number(), reason, row.where() + ": " + message, raw));
    }
}
