// The offices the batch's HOLDS name, one row each (the first title that slugs to the id), with
// their OF edges; an office whose holders are all unknown is not made (as no HOLDS would be).
UNWIND $rows AS row
WITH row WHERE any(k IN row.persons WHERE EXISTS { MATCH (:Person {key: k}) })
MERGE (o:Office {id: row.id})
  ON CREATE SET o.title = row.title, o.state = row.stateName, o.party = row.partyName
FOREACH (_ IN CASE WHEN row.stateId IS NULL THEN [] ELSE [1] END |
  MERGE (s:State {id: row.stateId})
  MERGE (o)-[:OF]->(s))
FOREACH (_ IN CASE WHEN row.partyId IS NULL THEN [] ELSE [1] END |
  MERGE (pt:Party {id: row.partyId})
  MERGE (o)-[:OF]->(pt))
