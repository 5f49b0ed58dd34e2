// Who holds which office in a state (current holders first, then former).
// Parameters: $state — the state's English name. Example: --param state=Rajasthan
MATCH (s:State {name: $state})<-[:OF]-(o:Office)<-[h:HOLDS]-(p:Person)
RETURN o.title AS office, o.party AS party, p.name AS person, h.status AS status, h.date AS date
ORDER BY status, office, person;
