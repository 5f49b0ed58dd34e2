// One row per MET fact of one article, stored from the lower person id to the higher.
UNWIND $rows AS row
MATCH (a:Person {key: row.a})
MATCH (b:Person {key: row.b})
WITH row, CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y
MERGE (x)-[r:MET]->(y)
  ON CREATE SET r.articles = [], r.evidence = [], r.dates = []
WITH r, row
WHERE NOT row.article IN r.articles
SET r.articles = r.articles + row.article,
    r.evidence = r.evidence + row.evidence,
    r.dates = r.dates + row.date
