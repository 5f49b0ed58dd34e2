// A person's aliases: every surface form of every article that mentions it, sorted.
UNWIND $keys AS k
MATCH (p:Person {key: k})
CALL {
  WITH p
  OPTIONAL MATCH (p)<-[m:MENTIONS]-()
  UNWIND coalesce(m.aliases, []) AS al
  WITH DISTINCT p, al
  WHERE al <> p.name
  WITH al ORDER BY al
  RETURN collect(al) AS aliases
}
SET p.aliases = aliases
