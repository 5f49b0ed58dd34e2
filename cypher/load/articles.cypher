// One row per article: its node, created or updated in place. Returns its element id (the
// batch's later statements find it by that, without another index seek) and whether this
// statement made it: an article made here has no MENTIONS yet, so they can be CREATEd. The
// locking seek of OPTIONAL MATCH holds the id's index entry until commit, so "made here" stays
// true even when another load writes the same article at the same time.
UNWIND $rows AS row
OPTIONAL MATCH (old:Article {id: row.id})
WITH row, old IS NULL AS created
MERGE (a:Article {id: row.id})
SET a.path = row.path, a.date = row.date, a.place = row.place, a.sha256 = row.sha256
RETURN row.id AS id, elementId(a) AS eid, created
