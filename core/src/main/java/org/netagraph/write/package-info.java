/**
 * The one write path of the graph contract, without any Neo4j dependency: {@link
 * org.netagraph.write.GraphWriter} groups a batch of articles' facts ({@code BatchRows}) and runs
 * the statements of {@code cypher/load/} (packed with this module) through a {@link
 * org.netagraph.write.CypherTx}. The application runs it over the driver, the Neo4j plugin inside a
 * procedure's transaction.
 */
package org.netagraph.write;
