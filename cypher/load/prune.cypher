// After a replacement: persons no article mentions, offices nobody holds, parties nothing uses.
CALL {
  UNWIND $keys AS k
  MATCH (p:Person {key: k})
  WHERE NOT (p)<-[:MENTIONS]-()
  DETACH DELETE p
}
CALL {
  MATCH (o:Office)
  WHERE NOT (o)<-[:HOLDS]-()
  DETACH DELETE o
}
CALL {
  MATCH (p:Party)
  WHERE NOT (p)<-[:MENTIONS]-() AND NOT (p)<-[:OF]-()
  DELETE p
}
