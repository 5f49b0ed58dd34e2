// Which articles support a fact: that a person holds an office, with the sentences.
// Parameters: $name — the person; $title — the office title.
// Example: --param name="Mamata Banerjee" --param title="Chief Minister"
MATCH (p:Person {name: $name})-[h:HOLDS]->(o:Office {title: $title})
UNWIND range(0, size(h.articles) - 1) AS i
MATCH (a:Article {id: h.articles[i]})
RETURN a.id AS article, a.date AS date, a.path AS path, h.status AS status, h.evidence[i] AS sentence
ORDER BY date;
