// Which of these article ids are loaded already, and with which content digest.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256
