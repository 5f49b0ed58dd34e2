// One row per (article, person). A person is merged on its cross-script key; the name with the
// best provenance wins (lexicon 3, Latin text 2, romanised Devanagari 1); the id stays as created.
// Two people whose names slug alike but whose keys differ: the later one's id gets its key
// appended, so the id constraint holds across batches too.
UNWIND $rows AS row
OPTIONAL MATCH (other:Person {id: row.id})
WITH row, other IS NOT NULL AND other.key <> row.key AS taken
MERGE (p:Person {key: row.key})
  ON CREATE SET p.id = CASE WHEN taken THEN row.id + '-' + row.key ELSE row.id END, p.name = row.name, p.nameRank = row.rank, p.aliases = []
  ON MATCH SET p.name = CASE WHEN row.rank > p.nameRank THEN row.name ELSE p.name END,
               p.nameRank = CASE WHEN row.rank > p.nameRank THEN row.rank ELSE p.nameRank END
WITH p, row
MATCH (a:Article {id: row.article})
MERGE (a)-[m:MENTIONS]->(p)
SET m.aliases = row.aliases
