// Offices with more than one current holder: conflicts to review (or offices held by many, such
// as MLA or Minister).
// Parameters: none.
MATCH (p:Person)-[h:HOLDS {status: 'current'}]->(o:Office)
WITH o, collect(p.name) AS holders
WHERE size(holders) > 1
RETURN o.title AS office, o.state AS state, o.party AS party, holders
ORDER BY size(holders) DESC, office;
