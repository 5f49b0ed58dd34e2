/**
 * Extraction as an Apache Spark job writing into a Neo4j server (issue #17): executors read and
 * extract with one pipeline per JVM, the job groups their contributions as the batch writer groups
 * a batch, and the Neo4j Connector for Apache Spark writes them with {@code cypher/spark/}.
 */
package org.netagraph.spark;
