package org.netagraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.extract.rules.Family;

/**
 * The families of rules extraction reads, the steps they stand for, and the layers and predicates
 * their patterns may name. {@code models/rules/README.md} describes each one.
 */
final class Families {
  private Families() {}

  // HOLDS: per office mention, its phrase bound as "office" (TITLE) and the mention as "title"
  static final String HOLDER = "holder";
  static final String STATUS = "status";
  static final String COHOLDER = "coholder";
  static final String TITLE_LIST = "title_list";
  static final String UNHELD = "unheld";
  static final String OPEN_TITLE = "open_title";
  // HOLDS: per sentence
  static final String HOLDS = "holds";
  // MET
  static final String MEETING = "meeting";
  static final String NO_MEETING = "no_meeting";
  static final String PLANNED = "planned";
  static final String ATTENDANCE = "attendance";
  static final String BYSTANDER = "bystander";
  static final String AGENT = "agent";
  static final String MET_PERSON = "met_person";
  static final String HOST = "host";
  static final String PAIRS = "pairs";
  static final String MET = "met";
  // discourse
  static final String ARRIVAL = "arrival";
  static final String ARRIVED_MET = "arrived_met";
  static final String FOLLOW_UP = "follow_up";
  static final String GROUP_REPORT = "group_report";
  static final String GROUP_TITLE = "group_title";
  static final String SUBJECT = "subject";
  static final String PRONOUN = "pronoun";

  /** Layers set by the extraction code, besides the lexicon's and the people. */
  static final Set<String> LABELS = Set.of("TITLE", "PARTICIPANT", "AGENT", "MET_PERSON");

  /** Named predicates patterns may call. */
  static final Set<String> PREDICATES = Set.of("plural", "coordinated");

  static final Map<String, Family> ALL;

  static {
    List<String> office = List.of("office", "title");
    List<String> held = List.of("office", "title", "holder");
    Map<String, Family> m = new LinkedHashMap<>();
    add(m, HOLDER, Set.of("HOLDER"), office, Set.of("FORMER"), false);
    add(m, STATUS, Set.of("FORMER"), held, Set.of(), false);
    add(m, COHOLDER, Set.of("HOLDER"), held, Set.of(), false);
    add(m, TITLE_LIST, Set.of("LIST", "COUNTED"), office, Set.of(), false);
    add(m, UNHELD, Set.of("HOLDS"), office, Set.of("CURRENT", "FORMER"), false);
    add(m, OPEN_TITLE, Set.of("OPEN_TITLE"), office, Set.of(), false);
    add(
        m,
        HOLDS,
        Set.of("HOLDS"),
        List.of(),
        Set.of("ALL", "OPEN_TITLE", "CURRENT", "FORMER"),
        false);
    add(m, MEETING, Set.of("MEETING"), List.of(), Set.of(), false);
    add(m, NO_MEETING, Set.of("NO_MEETING"), List.of(), Set.of(), false);
    add(m, PLANNED, Set.of("PLANNED"), List.of(), Set.of(), false);
    add(m, ATTENDANCE, Set.of("ATTENDANCE"), List.of(), Set.of(), false);
    add(m, BYSTANDER, Set.of("BYSTANDER"), List.of("person"), Set.of(), false);
    add(m, AGENT, Set.of("AGENT"), List.of(), Set.of(), false);
    add(m, MET_PERSON, Set.of("MET_PERSON"), List.of(), Set.of(), false);
    add(m, HOST, Set.of("HOST"), List.of(), Set.of(), false);
    add(m, PAIRS, Set.of("PAIRS"), List.of(), Set.of(), false);
    add(m, MET, Set.of("MET"), List.of(), Set.of(), false);
    add(m, ARRIVAL, Set.of("ARRIVED"), List.of(), Set.of(), false);
    add(m, ARRIVED_MET, Set.of("JOIN_ARRIVED"), List.of("host"), Set.of(), false);
    add(m, FOLLOW_UP, Set.of("JOIN_LAST_MEETING"), List.of(), Set.of(), true);
    add(m, GROUP_REPORT, Set.of("GROUP_REPORT"), List.of(), Set.of(), true);
    add(m, GROUP_TITLE, Set.of("GROUP_TITLE"), List.of("title"), Set.of(), false);
    add(m, SUBJECT, Set.of("SUBJECT"), List.of(), Set.of(), false);
    add(m, PRONOUN, Set.of("PRONOUN"), List.of("subject"), Set.of(), false);
    ALL = Map.copyOf(m);
  }

  private static void add(
      Map<String, Family> m,
      String name,
      Set<String> verbs,
      List<String> bound,
      Set<String> words,
      boolean within) {
    m.put(name, new Family(name, verbs, bound, words, within));
  }
}
