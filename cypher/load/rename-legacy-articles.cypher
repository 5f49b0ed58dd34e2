// Stores written before article ids were paths under the folder loaded keyed an article by its
// file name alone. When an article of this batch is new under its path id, but the store holds
// the same content (same digest) under the file name alone, that article is the same one: it takes
// the new id, and so do the article lists of the HOLDS and MET it supports. The load then finds it
// unchanged. One row per candidate: {id, old, path, sha256}.
UNWIND $rows AS row
MATCH (a:Article {id: row.old})
WHERE a.sha256 = row.sha256 AND NOT EXISTS { MATCH (:Article {id: row.id}) }
SET a.id = row.id, a.path = row.path
WITH row, a
CALL (row, a) {
  MATCH (a)-[:MENTIONS]->(:Person)-[r:HOLDS|MET]-()
  WHERE row.old IN r.articles
  WITH DISTINCT r
  SET r.articles = [x IN r.articles | CASE WHEN x = row.old THEN row.id ELSE x END]
}
RETURN row.id AS id
