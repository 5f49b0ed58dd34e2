// One row per article: its node, created or updated in place (title, url and source are null
// for a .txt file, and setting null removes them). Returns its element id (the
// batch's later statements find it by that, without another index seek) and whether it had no
// content digest before this statement: with the writer's own read of the loaded articles
// (existing-articles.cypher, same transaction), that tells an article this statement made, which
// has no MENTIONS yet. One that another load made meanwhile was committed with its digest (the
// MERGE waits for that load's lock on the id).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH row, a, a.sha256 IS NULL AS created
SET a.path = row.path, a.date = row.date, a.place = row.place, a.sha256 = row.sha256,
    a.title = row.title, a.url = row.url, a.source = row.source
RETURN row.id AS id, elementId(a) AS eid, created
