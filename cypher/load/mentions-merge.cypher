// MENTIONS from articles this transaction neither made nor emptied (another load wrote them
// at the same time): merged, by element id.
UNWIND $rows AS row
MATCH (a:Article) WHERE elementId(a) = row.a
MATCH (t) WHERE elementId(t) = row.t
MERGE (a)-[m:MENTIONS]->(t)
SET m.aliases = row.aliases
