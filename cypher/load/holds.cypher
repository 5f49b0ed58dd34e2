// One row per HOLDS fact of one article; the office and its OF edges are merged first.
UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MERGE (o:Office {id: row.office})
  ON CREATE SET o.title = row.title, o.state = row.stateName, o.party = row.partyName
FOREACH (_ IN CASE WHEN row.stateId IS NULL THEN [] ELSE [1] END |
  MERGE (s:State {id: row.stateId})
  MERGE (o)-[:OF]->(s))
FOREACH (_ IN CASE WHEN row.partyId IS NULL THEN [] ELSE [1] END |
  MERGE (pt:Party {id: row.partyId})
  MERGE (o)-[:OF]->(pt))
MERGE (p)-[r:HOLDS {status: row.status}]->(o)
  ON CREATE SET r.articles = [], r.evidence = [], r.dates = []
WITH r, row
WHERE NOT row.article IN r.articles
SET r.articles = r.articles + row.article,
    r.evidence = r.evidence + row.evidence,
    r.dates = r.dates + row.date
WITH r, reduce(m = '', d IN r.dates | CASE WHEN d > m THEN d ELSE m END) AS latest
SET r.date = CASE latest WHEN '' THEN null ELSE latest END
