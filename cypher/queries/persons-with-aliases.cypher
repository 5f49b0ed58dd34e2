// Persons written several ways: the canonical name and every other spelling, both scripts.
// Parameters: $min — the least number of aliases. Example: --param min:=2
MATCH (p:Person)
WHERE size(p.aliases) >= toInteger($min)
RETURN p.name AS person, p.aliases AS aliases, size(p.aliases) AS spellings
ORDER BY spellings DESC, person;
