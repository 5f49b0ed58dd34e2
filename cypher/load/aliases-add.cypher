// A person's aliases after a batch that only added articles and kept its name: the stored ones
// plus the batch's surface forms, without the name, sorted (what aliases.cypher would compute
// from all the person's mentions, without reading them). Only persons the batch gave a new
// surface form; found by element id.
UNWIND $rows AS row
MATCH (p:Person) WHERE elementId(p) = row.p
CALL {
  WITH p, row
  UNWIND coalesce(p.aliases, []) + row.aliases AS al
  WITH DISTINCT p, al
  WHERE al <> p.name
  WITH al ORDER BY al
  RETURN collect(al) AS aliases
}
SET p.aliases = aliases
