// Property names and types per node label, for exports that declare columns or keys first.
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
WITH nodeLabels, propertyName, propertyTypes WHERE propertyName IS NOT NULL
RETURN nodeLabels[0] AS owner, propertyName AS name, propertyTypes AS types
