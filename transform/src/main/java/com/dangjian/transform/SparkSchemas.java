package com.dangjian.transform;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import com.dangjian.ingestion.bronze.BronzeSchemas;

/** Spark's view of a bronze Avro schema, so empty bronze still yields a typed (empty) Dataset. */
public final class SparkSchemas {

    private SparkSchemas() {
    }

    public static StructType of(Schema avro) {
        List<StructField> fields = new ArrayList<>();
        for (Schema.Field f : avro.getFields()) {
            boolean nullable = f.schema().getType() == Schema.Type.UNION;
            fields.add(DataTypes.createStructField(f.name(), sparkType(BronzeSchemas.valueType(f.schema())), nullable));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType sparkType(Schema s) {
        if (s.getLogicalType() instanceof LogicalTypes.Date) {
            return DataTypes.DateType;
        }
        if (s.getLogicalType() instanceof LogicalTypes.Decimal d) {
            return DataTypes.createDecimalType(d.getPrecision(), d.getScale());
        }
        if (s.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
            return DataTypes.TimestampType;
        }
        return switch (s.getType()) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DOUBLE -> DataTypes.DoubleType;
            case ARRAY -> DataTypes.createArrayType(sparkType(s.getElementType()), false);
            default -> throw new IllegalArgumentException("no Spark type for " + s);
        };
    }
}
