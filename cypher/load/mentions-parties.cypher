// Articles' MENTIONS of parties.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (p:Party {id: row.target})
MERGE (a)-[:MENTIONS]->(p)
