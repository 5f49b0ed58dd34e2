// A person's offices over time, current and former, with the dates of the articles that say so.
// Parameters: $name — the person's canonical name. Example: --param name="Sachin Pilot"
MATCH (p:Person {name: $name})-[h:HOLDS]->(o:Office)
RETURN o.title AS office, o.state AS state, o.party AS party, h.status AS status, h.dates AS dates
ORDER BY h.date DESC, office;
