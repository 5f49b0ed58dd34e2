// A person's aliases: every surface form of every article that mentions it, sorted, without the
// name (load/aliases.cypher). One row per person the run wrote or touched; each row writes only
// its own person, so partitions never wait on each other.
MATCH (p:Person {key: event.key})
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
