// One row per article: its node, created or updated in place.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.path = row.path, a.date = row.date, a.place = row.place, a.sha256 = row.sha256
