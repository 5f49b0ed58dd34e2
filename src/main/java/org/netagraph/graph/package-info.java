/**
 * Neo4j: the embedded server, connections through the Java driver (the only importer of the
 * driver), the schema, the batch writer and the readers behind query and export.
 */
package org.netagraph.graph;
