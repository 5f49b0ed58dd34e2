// Nodes of a selection: with given labels ($labels, null = any), touching a relationship of given
// types ($types, null = any), or with given database ids ($ids, null = any).
MATCH (n)
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND ($ids IS NULL OR id(n) IN $ids)
  AND ($types IS NULL OR $ids IS NOT NULL OR EXISTS { MATCH (n)-[r]-() WHERE type(r) IN $types })
RETURN toString(id(n)) AS id, labels(n) AS labels, properties(n) AS props
