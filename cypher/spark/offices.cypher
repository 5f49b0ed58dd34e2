// The offices the HOLDS name, one row each (the first title in input order), with their OF edges,
// as load/offices.cypher. Written from one partition: an OF edge locks a shared State or Party.
MERGE (o:Office {id: event.id})
WITH event, o, o.title IS NULL AS isNew
FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END |
  SET o.title = event.title, o.state = event.stateName, o.party = event.partyName,
      o.country = event.countryName)
FOREACH (_ IN CASE WHEN isNew AND event.stateId IS NOT NULL THEN [1] ELSE [] END |
  MERGE (s:State {id: event.stateId})
  MERGE (o)-[:OF]->(s))
FOREACH (_ IN CASE WHEN isNew AND event.partyId IS NOT NULL THEN [1] ELSE [] END |
  MERGE (pt:Party {id: event.partyId})
  MERGE (o)-[:OF]->(pt))
