// The most connected people: most meetings, then most offices.
// Parameters: $limit — how many. Example: --param limit:=10
MATCH (p:Person)
OPTIONAL MATCH (p)-[m:MET]-()
WITH p, count(m) AS meetings
OPTIONAL MATCH (p)-[h:HOLDS]->()
WITH p, meetings, count(h) AS offices
WHERE meetings + offices > 0
RETURN p.name AS person, meetings, offices
ORDER BY meetings DESC, offices DESC, person
LIMIT toInteger($limit);
