// A synthetic graph for the export scale check: 100,000 persons, 1,000 offices, 36 states,
// 1,000,000 relationships (900,000 MET, 100,000 HOLDS). Each statement is its own transaction.
UNWIND range(0, 99999) AS i CREATE (:Person {id: 'p' + i, key: 'k' + i, name: 'Person ' + i, aliases: ['व्यक्ति ' + i, 'P. ' + i], nameRank: 2});
UNWIND range(0, 999) AS i CREATE (:Office {id: 'o' + i, title: 'Office ' + i, state: 'State ' + (i % 36)});
UNWIND range(0, 99999) AS i MATCH (p:Person {id: 'p' + i}), (o:Office {id: 'o' + (i % 1000)}) CREATE (p)-[:HOLDS {status: 'current', date: '2024', dates: ['2024'], articles: ['a' + i], evidence: ['वह मंत्री हैं; sentence ' + i]}]->(o);
UNWIND range(0, 299999) AS i MATCH (a:Person {id: 'p' + (i % 100000)}), (b:Person {id: 'p' + ((i * 7 + 13) % 100000)}) CREATE (a)-[:MET {dates: ['2023'], articles: ['m' + i], evidence: ['they met ' + i]}]->(b);
UNWIND range(300000, 599999) AS i MATCH (a:Person {id: 'p' + (i % 100000)}), (b:Person {id: 'p' + ((i * 11 + 17) % 100000)}) CREATE (a)-[:MET {dates: ['2023'], articles: ['m' + i], evidence: ['they met ' + i]}]->(b);
UNWIND range(600000, 899999) AS i MATCH (a:Person {id: 'p' + (i % 100000)}), (b:Person {id: 'p' + ((i * 13 + 19) % 100000)}) CREATE (a)-[:MET {dates: ['2023'], articles: ['m' + i], evidence: ['they met ' + i]}]->(b);
