// One row per person of the batch (grouped by the writer: the first id, the name of the best
// source, first of equals). A person is merged on its cross-script key; the name with the best
// provenance wins (lexicon 3, Latin text 2, romanised Devanagari 1); the id stays as created.
// Two people whose names slug alike but whose keys differ: the later one's id gets its key
// appended, so the id constraint holds across batches too. Returns the persons whose name
// changed (their aliases are recomputed in full).
UNWIND $rows AS row
OPTIONAL MATCH (other:Person {id: row.id})
WITH row, other IS NOT NULL AND other.key <> row.key AS taken
MERGE (p:Person {key: row.key})
  ON CREATE SET p.id = CASE WHEN taken THEN row.id + '-' + row.key ELSE row.id END, p.name = row.name, p.nameRank = row.rank, p.aliases = []
WITH p, row, row.rank > p.nameRank AS better
WITH p, row, better, better AND row.name <> p.name AS renamed
SET p.name = CASE WHEN better THEN row.name ELSE p.name END,
    p.nameRank = CASE WHEN better THEN row.rank ELSE p.nameRank END
WITH p, renamed WHERE renamed
RETURN p.key AS key
