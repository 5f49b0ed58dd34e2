// MENTIONS of persons with the surface forms the article used (load/mentions-merge.cypher, by key).
MATCH (a:Article {id: event.article})
MATCH (t:Person {key: event.target})
MERGE (a)-[m:MENTIONS]->(t)
SET m.aliases = event.aliases
