/**
 * netagraph inside a Neo4j server: the procedures {@code netagraph.extract}, {@code netagraph.load}
 * and {@code netagraph.schema} and the function {@code netagraph.key}. The only package of this
 * module that imports Neo4j, and then only its public procedure and graph API ({@code
 * org.neo4j.procedure}, {@code org.neo4j.graphdb}, {@code org.neo4j.logging}): extraction is
 * netagraph-core's {@code Pipeline}, writing is its {@code GraphWriter} over the procedure's own
 * transaction, so a load from Cypher makes the graph {@code netagraph load} makes.
 */
package org.netagraph.plugin;
