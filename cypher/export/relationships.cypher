// Every relationship with its end nodes, for export.
MATCH (a)-[r]->(b)
RETURN toString(id(r)) AS id, type(r) AS type, properties(r) AS props,
       toString(id(a)) AS start, labels(a) AS startLabels,
       toString(id(b)) AS end, labels(b) AS endLabels
