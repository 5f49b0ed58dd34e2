// Parties the batch names.
UNWIND $rows AS row
MERGE (p:Party {id: row.id})
SET p.name = row.name, p.aliases = row.aliases
