// One row per MET pair, stored from the lower person id to the higher, with the evidence of each
// of its articles in input order: the rules of load/met.cypher, persons found by key.
MATCH (a:Person {key: event.a})
MATCH (b:Person {key: event.b})
WITH event, CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y
MERGE (x)-[r:MET]->(y)
  ON CREATE SET r.articles = [], r.evidence = [], r.dates = [], r.rules = []
SET r.rules = coalesce(r.rules, [x IN r.articles | ''])
WITH r, event, [i IN range(0, size(event.articles) - 1) WHERE NOT event.articles[i] IN r.articles] AS add
WHERE size(add) > 0
SET r.articles = r.articles + [i IN add | event.articles[i]],
    r.evidence = r.evidence + [i IN add | event.evidence[i]],
    r.rules = r.rules + [i IN add | event.rules[i]],
    r.dates = r.dates + [i IN add | event.dates[i]]
