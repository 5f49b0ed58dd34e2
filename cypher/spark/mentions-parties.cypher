// MENTIONS of parties (written by parties.cypher before).
MATCH (a:Article {id: event.article})
MATCH (t:Party {id: event.target})
MERGE (a)-[:MENTIONS]->(t)
