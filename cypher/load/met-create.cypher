// MET of which one person or both were made by this transaction (so it does not exist yet):
// created from the lower person id to the higher, with the evidence of each of the batch's
// articles in load order. Persons found by element id.
UNWIND $rows AS row
MATCH (a:Person) WHERE elementId(a) = row.a
MATCH (b:Person) WHERE elementId(b) = row.b
WITH row, CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y
CREATE (x)-[r:MET]->(y)
SET r.articles = row.articles, r.evidence = row.evidence, r.dates = row.dates, r.rules = row.rules
