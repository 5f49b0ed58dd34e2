// MENTIONS of persons (with the surface forms the article used), states and parties from
// articles that have none yet (made or emptied by this transaction), found by element id.
UNWIND $rows AS row
MATCH (a:Article) WHERE elementId(a) = row.a
MATCH (t) WHERE elementId(t) = row.t
CREATE (a)-[m:MENTIONS]->(t)
SET m.aliases = row.aliases
