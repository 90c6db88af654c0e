package com.dangjian.ingestion.bronze;

import org.apache.avro.generic.GenericRecord;
import com.dangjian.contracts.bronze.Reject;

/** What a processor makes of one read record: a typed bronze row, or a reject that says why not. */
public sealed interface Landed {

    record Accepted(GenericRecord record) implements Landed {
    }

    record Rejected(Reject reject) implements Landed {
    }

    static Landed accepted(GenericRecord record) {
        return new Accepted(record);
    }

    static Landed rejected(Reject reject) {
        return new Rejected(reject);
    }
}
