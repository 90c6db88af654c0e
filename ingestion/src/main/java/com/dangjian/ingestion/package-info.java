/**
 * Ingestion: the night's Spring Batch job that reads each source (S1 registry by JDBC, S2–S6 inbox files),
 * validates and conforms each row, and lands typed bronze Parquet with rejects kept (personal cells masked).
 * Owns how a source is read (headers, charsets, plausibility, file checks). May import: contracts, Spring
 * Batch, POI, Parquet/Avro. Never transform, warehouse or anything later.
 */
package com.dangjian.ingestion;
