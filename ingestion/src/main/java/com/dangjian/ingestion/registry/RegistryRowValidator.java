package com.dangjian.ingestion.registry;

import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.springframework.batch.item.ItemProcessor;

import com.dangjian.ingestion.bronze.Landed;
import com.dangjian.contracts.bronze.Reject;
import com.dangjian.contracts.bronze.Reject.ReasonCode;

/** Accepts a registry row only when its required columns are present and its codes are known. */
public class RegistryRowValidator implements ItemProcessor<GenericRecord, Landed> {

    private final RegistryTable table;
    private long row;

    public RegistryRowValidator(RegistryTable table) {
        this.table = table;
    }

    @Override
    public Landed process(GenericRecord record) {
        row++;
        for (Schema.Field field : record.getSchema().getFields()) {
            boolean optional = field.schema().getType() == Schema.Type.UNION;
            if (!optional && record.get(field.pos()) == null) {
                return reject(record, ReasonCode.MISSING_FIELD, field.name() + " is empty");
            }
        }
        for (Map.Entry<String, Set<String>> codes : new java.util.TreeMap<>(table.allowedCodes()).entrySet()) {
            Object v = record.get(codes.getKey());
            if (v != null && !codes.getValue().contains(v.toString())) {
                return reject(record, ReasonCode.UNKNOWN_CODE,
                        codes.getKey() + " '" + v + "' is not one of " + new java.util.TreeSet<>(codes.getValue()));
            }
        }
        return Landed.accepted(record);
    }

    private Landed reject(GenericRecord record, ReasonCode reason, String message) {
        String key = String.valueOf(record.get(0));
        return Landed.rejected(new Reject(RegistryTable.SOURCE, table.table(), table.table(), row, reason,
                table.table() + " " + key + ": " + message, record.toString()));
    }
}
