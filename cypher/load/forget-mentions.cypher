// Drops one article's MENTIONS and returns the person keys it touched.
MATCH (:Article {id: $id})-[m:MENTIONS]->(x)
WITH m, x.key AS key
DELETE m
RETURN collect(DISTINCT key) AS keys
