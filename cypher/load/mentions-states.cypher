// Articles' MENTIONS of states.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (s:State {id: row.target})
MERGE (a)-[:MENTIONS]->(s)
