// The 28 states and 8 union territories, from models/states.tsv.
UNWIND $rows AS row
MERGE (s:State {id: row.id})
SET s.name = row.name, s.nameHi = row.nameHi, s.kind = row.kind
