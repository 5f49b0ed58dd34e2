// One row per new or changed article (unchanged ones were left out by the job): the node, its
// properties set (a null removes one), as load/articles.cypher.
MERGE (a:Article {id: event.id})
SET a.path = event.path, a.date = event.date, a.place = event.place, a.sha256 = event.sha256,
    a.title = event.title, a.url = event.url, a.source = event.source
