// One row per MET fact of the batch, stored from the lower person id to the higher, with the
// evidence and rule of each of its articles in load order (grouped by the writer); persons found by
// element id. An article's evidence is kept once.
UNWIND $rows AS row
MATCH (a:Person) WHERE elementId(a) = row.a
MATCH (b:Person) WHERE elementId(b) = row.b
WITH row, CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y
MERGE (x)-[r:MET]->(y)
  ON CREATE SET r.articles = [], r.evidence = [], r.dates = [], r.rules = []
// a relationship loaded before rule ids were kept: its earlier articles' rules are unknown ('')
SET r.rules = coalesce(r.rules, [x IN r.articles | ''])
WITH r, row, [i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN r.articles] AS add
WHERE size(add) > 0
SET r.articles = r.articles + [i IN add | row.articles[i]],
    r.evidence = r.evidence + [i IN add | row.evidence[i]],
    r.rules = r.rules + [i IN add | row.rules[i]],
    r.dates = r.dates + [i IN add | row.dates[i]]
