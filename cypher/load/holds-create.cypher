// HOLDS of persons this transaction made (so none of theirs exists yet): created with the
// evidence of each of the batch's articles in load order and the latest date (computed by the
// writer as holds.cypher would). Persons and offices found by element id.
UNWIND $rows AS row
MATCH (p:Person) WHERE elementId(p) = row.p
MATCH (o:Office) WHERE elementId(o) = row.o
CREATE (p)-[r:HOLDS {status: row.status}]->(o)
SET r.articles = row.articles, r.evidence = row.evidence, r.dates = row.dates, r.rules = row.rules,
    r.date = row.date
