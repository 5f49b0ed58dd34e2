// All chief ministers the articles name, by state, current and former.
// Parameters: none.
MATCH (p:Person)-[h:HOLDS]->(o:Office {title: 'Chief Minister'})-[:OF]->(s:State)
RETURN s.name AS state, p.name AS chief_minister, h.status AS status, h.date AS date, size(h.articles) AS articles
ORDER BY state, status, chief_minister;
