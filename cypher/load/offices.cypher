// The offices the batch's HOLDS name, one row each (the first title that slugs to the id), with
// their OF edges, made with the office (an office's id names its state, party and country; a
// foreign office keeps its country's name in `country` and has no OF edge). The writer
// sends only offices with a holder it found, so every row is made. An office without a title is
// one this statement made. Returns the offices' element ids.
UNWIND $rows AS row
MERGE (o:Office {id: row.id})
WITH row, o, o.title IS NULL AS isNew
FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END |
  SET o.title = row.title, o.state = row.stateName, o.party = row.partyName,
      o.country = row.countryName)
FOREACH (_ IN CASE WHEN isNew AND row.stateId IS NOT NULL THEN [1] ELSE [] END |
  MERGE (s:State {id: row.stateId})
  MERGE (o)-[:OF]->(s))
FOREACH (_ IN CASE WHEN isNew AND row.partyId IS NOT NULL THEN [1] ELSE [] END |
  MERGE (pt:Party {id: row.partyId})
  MERGE (o)-[:OF]->(pt))
RETURN row.id AS id, elementId(o) AS eid
