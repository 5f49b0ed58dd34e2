// Property names and types per relationship type, for exports that declare columns or keys first.
CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
WITH relType, propertyName, propertyTypes WHERE propertyName IS NOT NULL
RETURN substring(relType, 2, size(relType) - 3) AS owner, propertyName AS name, propertyTypes AS types
