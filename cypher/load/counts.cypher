// Nodes per label and relationships per type, for summaries and tests.
CALL {
  MATCH (n) UNWIND labels(n) AS what RETURN what, count(*) AS n
  UNION ALL
  MATCH ()-[r]->() RETURN type(r) AS what, count(*) AS n
}
RETURN what, n ORDER BY what
