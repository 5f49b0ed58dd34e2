// People two meetings apart: whom a person could reach through one intermediary they met.
// Parameters: $name — the person. Example: --param name="Narendra Modi"
MATCH (p:Person {name: $name})-[:MET]-(via:Person)-[:MET]-(other:Person)
WHERE other <> p AND NOT (p)-[:MET]-(other)
RETURN other.name AS person, collect(DISTINCT via.name) AS through
ORDER BY person;
