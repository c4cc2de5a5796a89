package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * How every table file is written: parquet-avro from the table's Avro schema, ZSTD, standard lists;
 * and read back where the driver needs a row.
 */
final class ParquetFiles {

    private ParquetFiles() {
    }

    /** A writer of a new file at {@code path}; fails if the file exists. */
    static ParquetWriter<GenericRecord> writer(Path path, Schema schema, Configuration conf) throws IOException {
        return writer(path, schema, Map.of(), conf);
    }

    /** As {@link #writer(Path, Schema, Configuration)}, with key-value pairs for the file's footer. */
    static ParquetWriter<GenericRecord> writer(Path path, Schema schema, Map<String, String> footerMetadata,
                                               Configuration conf) throws IOException {
        return AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(path, conf))
                .withExtraMetaData(footerMetadata)
                .withSchema(schema)
                .withDataModel(GenericData.get())
                .withConf(conf)
                // The 3-level list layout of the Parquet spec, which Spark, DuckDB and pyarrow all read.
                .config(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, "false")
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .build();
    }

    /** The first row of the file at {@code path}, in the file's own schema. */
    static GenericRecord readFirst(Path path, Configuration conf) throws IOException {
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
                HadoopInputFile.fromPath(path, conf)).withDataModel(GenericData.get()).withConf(conf).build()) {
            GenericRecord first = reader.read();
            if (first == null) {
                throw new IOException(path + " holds no row");
            }
            return first;
        }
    }

    static void writeAll(Path path, Schema schema, Iterable<GenericRecord> rows, Configuration conf) throws IOException {
        try (ParquetWriter<GenericRecord> w = writer(path, schema, conf)) {
            for (GenericRecord r : rows) {
                w.write(r);
            }
        }
    }
}
