// One row per person (grouped by the job: the id of its first article, the name of the best source,
// first of equals; ids that slug alike already made distinct within the run). The rules of
// load/persons.cypher: merged on the cross-script key, the better-ranked name wins, an id taken by
// another key in the store gets the key appended, the id stays as created.
MERGE (p:Person {key: event.key})
  ON CREATE SET p.nameRank = 0
WITH event, p, p.nameRank = 0 AS created
OPTIONAL MATCH (other:Person {id: CASE WHEN created THEN event.id END})
WITH event, p, created, other IS NOT NULL AND other.key <> event.key AS taken
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  SET p.id = CASE WHEN taken THEN event.id + '-' + event.key ELSE event.id END, p.aliases = [])
WITH event, p, event.rank > p.nameRank AS better
FOREACH (_ IN CASE WHEN better THEN [1] ELSE [] END |
  SET p.name = event.name, p.nameRank = event.rank)
