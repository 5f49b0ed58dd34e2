// The element ids of the states the batch mentions (a state not in the store is not mentioned).
UNWIND $ids AS id
MATCH (s:State {id: id})
RETURN id, elementId(s) AS eid
