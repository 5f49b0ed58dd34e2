// Every node, for export.
MATCH (n)
RETURN toString(id(n)) AS id, labels(n) AS labels, properties(n) AS props
