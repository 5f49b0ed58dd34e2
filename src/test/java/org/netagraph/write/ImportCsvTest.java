package org.netagraph.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportCsvTest {
  @Test
  void personHeaderTypesItsColumnsAndLeavesIdToTheIdColumn() {
    assertEquals(
        List.of("id:ID(Person)", ":LABEL", "key", "name", "nameRank:long", "aliases:string[]"),
        ImportCsv.nodeHeader("Person", ImportCsv.NODES.get("Person")));
    assertEquals(
        List.of(":START_ID(Person)", ":END_ID(Office)", ":TYPE", "status", "articles:string[]"),
        ImportCsv.relationshipHeader("Person", "Office", ImportCsv.RELATIONSHIPS.get("HOLDS"))
            .subList(0, 5));
  }

  @Test
  void officeFilesCarryTheCountryOfAForeignOffice() {
    Map<String, Object> o = new HashMap<>();
    o.put("id", "prime-minister--uk");
    o.put("title", "Prime Minister");
    o.put("country", "United Kingdom");
    assertEquals(
        "\"prime-minister--uk\",\"Office\",\"Prime Minister\",,,\"United Kingdom\"\n",
        ImportCsv.nodeLine("Office", o, ImportCsv.BULK_ARRAY));
  }

  @Test
  void quotesEveryFieldDoublesQuotesAndJoinsArraysWithTheDelimiter() {
    Map<String, Object> m = new HashMap<>();
    m.put("aliases", List.of("Sachin \"SP\" Pilot", "a\u001fb", ""));
    assertEquals(
        "\"a-1\",\"p-2\",\"MENTIONS\",\"Sachin \"\"SP\"\" Pilot\u001fa b\u001f\"\n",
        ImportCsv.relationshipLine("MENTIONS", "a-1", "p-2", m, ImportCsv.BULK_ARRAY));
    assertEquals("x；y;z", ImportCsv.field(List.of("x;y", "z"), ";", ImportCsv.replacement(";")));
  }
}
