/**
 * {@code netagraph bench}: a reproducible synthetic corpus and the side-by-side measurements of
 * extraction, CoreNLP's default pipeline, the batch writer, one-transaction-per-fact writes and
 * {@code neo4j-admin database import}.
 */
package org.netagraph.bench;
