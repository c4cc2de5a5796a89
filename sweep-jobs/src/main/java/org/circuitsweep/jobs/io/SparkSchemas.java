package org.circuitsweep.jobs.io;

import java.util.List;

import org.apache.avro.Schema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL type of a flat table schema, as Spark reads it from the Parquet files the schema
 * writes: what expressions are analysed against before any file exists. Only the Avro types the
 * models table uses are mapped.
 */
public final class SparkSchemas {

    private SparkSchemas() {
    }

    /** The row type of {@code record}: one field per column, nullable exactly where the column is. */
    public static StructType of(Schema record) {
        List<StructField> fields = record.getFields().stream()
                .map(f -> DataTypes.createStructField(f.name(), type(f.name(), f.schema()), f.schema().isNullable()))
                .toList();
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String column, Schema s) {
        if (s.isUnion()) {
            List<Schema> types = s.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
            if (types.size() == 1) {
                return type(column, types.get(0));
            }
        }
        return switch (s.getType()) {
            case STRING -> DataTypes.StringType;
            case LONG -> DataTypes.LongType;
            case INT -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            default -> throw new IllegalArgumentException("column " + column + ": Avro type " + s + " is not mapped");
        };
    }
}
