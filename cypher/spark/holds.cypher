// One row per HOLDS fact with the evidence of each of its articles in input order: the rules of
// load/holds.cypher (an article's evidence is kept once, so a retried batch adds nothing), with
// the person and office found by key.
MATCH (p:Person {key: event.person})
MATCH (o:Office {id: event.office})
MERGE (p)-[r:HOLDS {status: event.status}]->(o)
  ON CREATE SET r.articles = [], r.evidence = [], r.dates = [], r.rules = []
SET r.rules = coalesce(r.rules, [x IN r.articles | ''])
WITH r, event, [i IN range(0, size(event.articles) - 1) WHERE NOT event.articles[i] IN r.articles] AS add
WHERE size(add) > 0
WITH r, event, add, [i IN add | event.dates[i]] AS dates
SET r.articles = r.articles + [i IN add | event.articles[i]],
    r.evidence = r.evidence + [i IN add | event.evidence[i]],
    r.rules = r.rules + [i IN add | event.rules[i]],
    r.dates = r.dates + dates
WITH r, reduce(m = coalesce(r.date, ''), d IN dates | CASE WHEN d > m THEN d ELSE m END) AS latest
SET r.date = CASE latest WHEN '' THEN null ELSE latest END
