// The State nodes as stored, to tell whether states.cypher has anything to do (a load inside the
// server calls it per article; writing the same 36 nodes each time would lock them every call).
MATCH (s:State)
RETURN s.id AS id, s.name AS name, s.nameHi AS nameHi, s.kind AS kind
