/**
 * sp-pathways on Apache Spark: population needs, scores, each person's best roles and talent
 * pools over DataFrames, with the library's figures.
 *
 * <p>Entry points: {@link org.sppathways.spark.SparkGapAnalysis} (which broadcasts the model once)
 * and {@link org.sppathways.spark.SparkNeedsAnalysis}, over the long-form
 * {@link org.sppathways.spark.ProfileTables}. The runnable job is
 * {@link org.sppathways.spark.SparkJob}. Only the library's public API is used.
 *
 * <p>No parameter may be null. Results are Spark's lazy datasets; the objects around them are
 * immutable and thread-safe. Tables of scores and problems hold personal data; nothing here logs
 * it or puts it in an exception message.
 *
 * @since 0.1.0
 */
package org.sppathways.spark;
