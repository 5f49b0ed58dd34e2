/**
 * Neo4j: the embedded server, connections through the Java driver (the only importer of the
 * driver), the schema and the readers behind query and export. The batch writer it runs is {@code
 * org.netagraph.write}'s, over {@link org.netagraph.graph.Graph}'s transactions.
 */
package org.netagraph.graph;
