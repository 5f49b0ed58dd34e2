/**
 * Writers of the graph for other tools (json, graphml, csv, cypher, dot) and of extracted facts.
 */
package org.netagraph.export;
