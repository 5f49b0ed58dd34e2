// Everyone an article connects with a state: holders of the state's offices and people named in
// articles that mention the state, with how many such articles.
// Parameters: $state — the state's English name. Example: --param state="West Bengal"
MATCH (s:State {name: $state})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(p:Person)
RETURN p.name AS person, count(DISTINCT a) AS articles
ORDER BY articles DESC, person;
