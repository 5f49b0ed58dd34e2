// Whom did a person meet, when, and where does it say so?
// Parameters: $name — the person's canonical name. Example: --param name="Sharad Pawar"
MATCH (p:Person {name: $name})-[m:MET]-(other:Person)
RETURN other.name AS met, m.dates AS dates, m.articles AS articles, m.evidence AS evidence
ORDER BY met;
