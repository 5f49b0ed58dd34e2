// Articles' MENTIONS of persons, one row per (article, person) with the surface forms it used.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (p:Person {key: row.key})
MERGE (a)-[m:MENTIONS]->(p)
SET m.aliases = row.aliases
