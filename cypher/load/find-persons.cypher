// The element ids of persons a batch's facts name without the batch mentioning them.
UNWIND $keys AS key
MATCH (p:Person {key: key})
RETURN key, elementId(p) AS eid
