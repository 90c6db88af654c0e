package com.dangjian.transform;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.contracts.gold.GoldColumn;
import com.dangjian.contracts.gold.GoldTable;

/**
 * Spark's view of the contracts: a bronze Avro schema (so empty bronze still yields a typed, empty Dataset), and
 * a gold table's descriptor — the schema a transform step must produce, checked before the table is written.
 */
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

    /** The Spark schema of a gold table's columns (without the night's stamps when {@code computedOnly}). */
    public static StructType of(GoldTable table, boolean computedOnly) {
        List<StructField> fields = new ArrayList<>();
        for (GoldColumn c : computedOnly ? table.computedColumns() : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(), sparkType(c), c.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    /** The Spark type a gold column is written with (ClickHouse's unsigned and boolean types as Spark writes them). */
    public static DataType sparkType(GoldColumn c) {
        String t = c.baseType();
        if (t.startsWith("DateTime")) {
            return DataTypes.TimestampType;
        }
        return switch (t) {
            case "String" -> DataTypes.StringType;
            case "Date" -> DataTypes.DateType;
            case "Float64" -> DataTypes.DoubleType;
            case "Int32", "UInt32" -> DataTypes.IntegerType;
            case "Int64" -> DataTypes.LongType;
            case "UInt8" -> DataTypes.BooleanType;
            default -> throw new IllegalArgumentException("no Spark type for " + c.clickHouseType() + " (" + c.name() + ")");
        };
    }

    /**
     * What differs between the rows a step produced and its table's descriptor: a column missing, a column the
     * descriptor does not name, a column of another kind (text, date, timestamp, number, boolean). Empty when they
     * agree.
     */
    public static List<String> mismatches(GoldTable table, StructType rows) {
        List<String> out = new ArrayList<>();
        List<String> names = List.of(rows.fieldNames());
        for (GoldColumn c : table.columns()) {
            if (!names.contains(c.name())) {
                out.add("lacks column " + c.name() + " (" + c.clickHouseType() + ")");
            } else if (!kind(rows.apply(c.name()).dataType()).equals(kind(sparkType(c)))) {
                out.add("column " + c.name() + " is " + rows.apply(c.name()).dataType().simpleString() + ", the descriptor says "
                        + c.clickHouseType());
            }
        }
        names.stream().filter(n -> table.column(n).isEmpty()).forEach(n -> out.add("writes column " + n
                + " that the descriptor does not name"));
        return out;
    }

    private static String kind(DataType t) {
        if (t.equals(DataTypes.StringType) || t.equals(DataTypes.DateType) || t.equals(DataTypes.TimestampType)
                || t.equals(DataTypes.BooleanType)) {
            return t.simpleString();
        }
        return t instanceof org.apache.spark.sql.types.NumericType ? "number" : t.simpleString();
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
