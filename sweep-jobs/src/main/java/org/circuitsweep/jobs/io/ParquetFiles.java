package org.circuitsweep.jobs.io;

import java.io.IOException;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/** How every table file is written: parquet-avro from the table's Avro schema, ZSTD, standard lists. */
final class ParquetFiles {

    private ParquetFiles() {
    }

    /** A writer of a new file at {@code path}; fails if the file exists. */
    static ParquetWriter<GenericRecord> writer(Path path, Schema schema, Configuration conf) throws IOException {
        return AvroParquetWriter.<GenericRecord>builder(HadoopOutputFile.fromPath(path, conf))
                .withSchema(schema)
                .withDataModel(GenericData.get())
                .withConf(conf)
                // The 3-level list layout of the Parquet spec, which Spark, DuckDB and pyarrow all read.
                .config(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, "false")
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .build();
    }

    static void writeAll(Path path, Schema schema, Iterable<GenericRecord> rows, Configuration conf) throws IOException {
        try (ParquetWriter<GenericRecord> w = writer(path, schema, conf)) {
            for (GenericRecord r : rows) {
                w.write(r);
            }
        }
    }
}
