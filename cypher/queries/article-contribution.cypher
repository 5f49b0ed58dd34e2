// What an article contributed: the people it names, the offices and meetings it supports.
// Parameters: $article — the article id (its file name without .txt).
// Example: --param article=2019-11-maharashtra-talks
MATCH (a:Article {id: $article})
OPTIONAL MATCH (a)-[:MENTIONS]->(p:Person)
OPTIONAL MATCH (p)-[h:HOLDS]->(o:Office) WHERE $article IN h.articles
OPTIONAL MATCH (p)-[m:MET]->(q:Person) WHERE $article IN m.articles
RETURN p.name AS person,
       collect(DISTINCT o.title + coalesce(' ' + o.state, '') + coalesce(' ' + o.party, '') + ' (' + h.status + ')') AS offices,
       collect(DISTINCT q.name) AS met
ORDER BY person;
