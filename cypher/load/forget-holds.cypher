// Removes one article's contribution from the HOLDS it supports; a HOLDS left with no article goes.
MATCH (:Article {id: $id})-[:MENTIONS]->(:Person)-[r:HOLDS]->(:Office)
WHERE $id IN r.articles
WITH DISTINCT r
WITH r, [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> $id] AS keep,
     coalesce(r.rules, [x IN r.articles | '']) AS rules
SET r.articles = [i IN keep | r.articles[i]],
    r.rules = [i IN keep | rules[i]],
    r.evidence = [i IN keep | r.evidence[i]],
    r.dates = [i IN keep | r.dates[i]]
WITH r, keep, reduce(m = '', d IN [i IN keep | r.dates[i]] | CASE WHEN d > m THEN d ELSE m END) AS latest
SET r.date = CASE latest WHEN '' THEN null ELSE latest END
WITH r, keep WHERE size(keep) = 0
DELETE r
