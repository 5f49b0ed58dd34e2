// Which of these article ids are loaded already, with which content digest, and from where.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256, a.path AS path
