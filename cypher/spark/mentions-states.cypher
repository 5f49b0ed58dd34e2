// MENTIONS of states; a state not in the store is not mentioned (load/find-states.cypher).
MATCH (a:Article {id: event.article})
MATCH (t:State {id: event.target})
MERGE (a)-[:MENTIONS]->(t)
