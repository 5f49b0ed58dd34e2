// One row per HOLDS fact of the batch, with the evidence of each of its articles in load order
// and the rule that read it there (grouped by the writer, so a popular fact's lists grow once
// per batch, not once per article).
// Persons and offices are found by the element ids earlier statements returned. An article's
// evidence is kept once.
UNWIND $rows AS row
MATCH (p:Person) WHERE elementId(p) = row.p
MATCH (o:Office) WHERE elementId(o) = row.o
MERGE (p)-[r:HOLDS {status: row.status}]->(o)
  ON CREATE SET r.articles = [], r.evidence = [], r.dates = [], r.rules = []
// a relationship loaded before rule ids were kept: its earlier articles' rules are unknown ('')
SET r.rules = coalesce(r.rules, [x IN r.articles | ''])
WITH r, row, [i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN r.articles] AS add
WHERE size(add) > 0
WITH r, row, add, [i IN add | row.dates[i]] AS dates
SET r.articles = r.articles + [i IN add | row.articles[i]],
    r.evidence = r.evidence + [i IN add | row.evidence[i]],
    r.rules = r.rules + [i IN add | row.rules[i]],
    r.dates = r.dates + dates
WITH r, reduce(m = coalesce(r.date, ''), d IN dates | CASE WHEN d > m THEN d ELSE m END) AS latest
SET r.date = CASE latest WHEN '' THEN null ELSE latest END
