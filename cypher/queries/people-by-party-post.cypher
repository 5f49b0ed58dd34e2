// People by party post: every post of a party and who holds it, national or for a state unit.
// Parameters: $party — the party's full name. Example: --param party="Bharatiya Janata Party"
MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:OF]->(:Party {name: $party})
RETURN o.title AS post, o.state AS state_unit, p.name AS person, h.status AS status
ORDER BY post, state_unit, person;
