package com.dangjian.ingestion.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.springframework.jdbc.core.RowMapper;

import com.dangjian.contracts.bronze.BronzeSchemas;

/**
 * Maps a registry row onto its bronze Avro schema by column name. Missing values stay null here; the
 * validator decides whether that is a reject. Registry timestamps carry no zone: they are China time.
 */
public class RegistryRowMapper implements RowMapper<GenericRecord> {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Schema schema;

    public RegistryRowMapper(Schema schema) {
        this.schema = schema;
    }

    @Override
    public GenericRecord mapRow(ResultSet rs, int rowNum) throws SQLException {
        GenericRecord record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), value(rs, field.name(), BronzeSchemas.valueType(field.schema())));
        }
        return record;
    }

    private static Object value(ResultSet rs, String column, Schema type) throws SQLException {
        LogicalType logical = type.getLogicalType();
        if (logical instanceof LogicalTypes.Date) {
            LocalDate d = rs.getObject(column, LocalDate.class);
            return d == null ? null : (int) d.toEpochDay();
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            LocalDateTime t = rs.getObject(column, LocalDateTime.class);
            return t == null ? null : t.atZone(CHINA).toInstant().toEpochMilli();
        }
        return switch (type.getType()) {
            case INT -> {
                int v = rs.getInt(column);
                yield rs.wasNull() ? null : v;
            }
            case STRING -> {
                String s = rs.getString(column);
                yield s == null ? null : s.strip();
            }
            default -> throw new IllegalStateException("unmapped bronze type " + type + " for " + column);
        };
    }
}
