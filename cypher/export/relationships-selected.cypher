// Relationships of a selection: both ends selected by label ($labels), of given types ($types),
// or with given database ids ($relIds); null means any.
MATCH (a)-[r]->(b)
WHERE ($labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
  AND ($types IS NULL OR type(r) IN $types)
  AND ($relIds IS NULL OR id(r) IN $relIds)
RETURN toString(id(r)) AS id, type(r) AS type, properties(r) AS props,
       toString(id(a)) AS start, labels(a) AS startLabels, a.id AS startKey,
       toString(id(b)) AS end, labels(b) AS endLabels, b.id AS endKey
