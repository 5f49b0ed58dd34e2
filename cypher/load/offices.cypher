// The offices the batch's HOLDS name, one row each (the first title that slugs to the id), with
// their OF edges, made with the office (an office's id names its state and party); an office
// whose holders are all unknown is not made (as no HOLDS would be). `known`: a holder is a
// person of this batch. Returns the offices' element ids.
UNWIND $rows AS row
WITH row WHERE row.known OR any(k IN row.persons WHERE EXISTS { MATCH (:Person {key: k}) })
OPTIONAL MATCH (old:Office {id: row.id})
WITH row, old IS NULL AS isNew
MERGE (o:Office {id: row.id})
  ON CREATE SET o.title = row.title, o.state = row.stateName, o.party = row.partyName
FOREACH (_ IN CASE WHEN isNew AND row.stateId IS NOT NULL THEN [1] ELSE [] END |
  MERGE (s:State {id: row.stateId})
  MERGE (o)-[:OF]->(s))
FOREACH (_ IN CASE WHEN isNew AND row.partyId IS NOT NULL THEN [1] ELSE [] END |
  MERGE (pt:Party {id: row.partyId})
  MERGE (o)-[:OF]->(pt))
RETURN row.id AS id, elementId(o) AS eid
