// One row per person of the batch (grouped by the writer: the first id, the name of the best
// source, first of equals). A person is merged on its cross-script key; the name with the best
// provenance wins (lexicon 3, Latin text 2, romanised Devanagari 1); the id stays as created.
// Two people whose names slug alike but whose keys differ: the later one's id gets its key
// appended, so the id constraint holds across batches too (checked for new persons only).
// Returns every person's element id, name and aliases after the update, whether this statement
// made it, and whether its name changed (its aliases are then recomputed in full).
UNWIND $rows AS row
MERGE (p:Person {key: row.key})
  ON CREATE SET p.nameRank = 0
WITH row, p, p.nameRank = 0 AS created
OPTIONAL MATCH (other:Person {id: CASE WHEN created THEN row.id END})
WITH row, p, created, other IS NOT NULL AND other.key <> row.key AS taken
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  SET p.id = CASE WHEN taken THEN row.id + '-' + row.key ELSE row.id END, p.aliases = [])
WITH row, p, created, row.rank > p.nameRank AS better
WITH row, p, created, better, better AND NOT created AND row.name <> p.name AS renamed
FOREACH (_ IN CASE WHEN better THEN [1] ELSE [] END |
  SET p.name = row.name, p.nameRank = row.rank)
RETURN row.key AS key, elementId(p) AS eid, created, renamed, p.name AS name, p.aliases AS aliases
