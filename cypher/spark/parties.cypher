// Parties the articles name, one row each, as load/parties.cypher.
MERGE (p:Party {id: event.id})
SET p.name = event.name, p.aliases = event.aliases
