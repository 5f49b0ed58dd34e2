// Parties the batch names; returns their element ids.
UNWIND $rows AS row
MERGE (p:Party {id: row.id})
SET p.name = row.name, p.aliases = row.aliases
RETURN row.id AS id, elementId(p) AS eid
