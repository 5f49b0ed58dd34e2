// Every relationship with its end nodes (database ids, labels and their `id` properties), for export.
MATCH (a)-[r]->(b)
RETURN toString(id(r)) AS id, type(r) AS type, properties(r) AS props,
       toString(id(a)) AS start, labels(a) AS startLabels, a.id AS startKey,
       toString(id(b)) AS end, labels(b) AS endLabels, b.id AS endKey
