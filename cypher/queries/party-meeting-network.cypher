// The meeting network of a party's leaders: people holding a post of the party, and whom of
// them met whom.
// Parameters: $party — the party's full name. Example: --param party="Indian National Congress"
MATCH (a:Person)-[:HOLDS]->(:Office)-[:OF]->(:Party {name: $party})
MATCH (b:Person)-[:HOLDS]->(:Office)-[:OF]->(:Party {name: $party})
MATCH path = (a)-[m:MET]->(b)
RETURN a.name AS person, b.name AS met, m.dates AS dates, path
ORDER BY person, met;
