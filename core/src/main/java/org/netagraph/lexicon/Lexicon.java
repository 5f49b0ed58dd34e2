package org.netagraph.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.model.MentionType;
import org.netagraph.model.Slug;
import org.netagraph.text.TextNormalizer;

/**
 * Everything under {@code models/} that names things: states and union territories, cities,
 * parties, offices, portfolios, honorifics, cue phrases, people, short names and Hindi stop words,
 * with one {@link PhraseIndex} over all their phrases. Immutable once loaded; safe to share between
 * threads. See {@code models/README.md} for the file formats.
 */
public final class Lexicon {
  /**
   * Flags of {@code offices.tsv}: {@code legislator} (an elected member for a constituency: MLA,
   * MP, councillor), {@code party_only} (a post only parties have: General Secretary), {@code
   * seat_before} (a constituency may stand right before the title: बुधनी विधायक, the Kaliabor MP),
   * {@code other_state} (held for another state than one's own: a party's In-charge), {@code
   * takes_portfolio} (a portfolio before it names the office: स्वास्थ्य मंत्री = Health Minister).
   */
  public static final Set<String> OFFICE_FLAGS =
      Set.of("legislator", "party_only", "seat_before", "other_state", "takes_portfolio");

  /** Flags of {@code portfolios.tsv}: {@code union_only} (only the Union has the ministry). */
  public static final Set<String> PORTFOLIO_FLAGS = Set.of("union_only");

  /** Office kinds of {@code offices.tsv}. */
  public static final Set<String> OFFICE_KINDS =
      Set.of("state", "national", "party", "minister", "official", "counterpart");

  /** Cue kinds of {@code cues.tsv}. */
  public static final Set<String> CUE_KINDS =
      Set.of(
          "after_name",
          "meet",
          "not_meet",
          "future",
          "former",
          "union",
          "state_unit",
          "national_unit",
          "deputy",
          "before_name",
          "institution",
          "attend",
          "accompany",
          "took_part");

  /**
   * A lexicon entry a phrase stands for. {@code kind}: office kind, cue kind, honorific position.
   */
  public record Entry(MentionType type, String value, String kind) {}

  /** A state or union territory. */
  public record State(String id, String name, String nameHi, String kind) {}

  /** A party; {@code stateId} is null for national parties. */
  public record Party(String id, String name, List<String> aliases, String stateId) {}

  /** A person of the people lexicon. */
  public record Person(
      String name,
      List<String> aliases,
      String key,
      String surnameKey,
      Set<String> surnameKeys,
      String countryId) {
    /** True for a person of another country than India (foreign-persons.tsv). */
    public boolean foreign() {
      return countryId != null;
    }
  }

  /** A country (countries.tsv); India is one, so that "the Prime Minister of India" reads. */
  public record Country(String id, String name, String nameHi) {}

  private final Map<String, State> states = new LinkedHashMap<>();
  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Flags officeFlags = new Flags(OFFICE_FLAGS);
  private final Flags portfolioFlags = new Flags(PORTFOLIO_FLAGS);
  private WordClasses wordClasses;
  private NameEvidence nameEvidence;
  private final Map<String, Party> parties = new LinkedHashMap<>();
  private final Map<String, Person> personsByKey = new HashMap<>();
  private final Map<String, List<Person>> personsBySurname = new HashMap<>();
  private final Set<String> officeWords = new java.util.HashSet<>();
  private final Map<String, Person> shortNames = new HashMap<>();
  private final Set<String> stopwords = new HashSet<>();
  private final Set<String> englishStopwords = new HashSet<>();
  private final Set<String> honorificWords = new HashSet<>();
  private final PhraseTable phrases = new PhraseTable();

  private Lexicon() {}

  /** Loads every lexicon file from {@code src}; a malformed line fails with file:line. */
  public static Lexicon load(ModelSource src) {
    Lexicon lx = new Lexicon();
    lx.loadStates(src);
    lx.loadCities(src);
    lx.loadParties(src);
    lx.loadOffices(src);
    lx.loadPortfolios(src);
    lx.loadHonorifics(src);
    lx.loadCues(src);
    lx.loadCountries(src);
    lx.loadPersons(src, "persons.tsv", 3);
    lx.loadPersons(src, "notable-persons.tsv", 3);
    lx.loadPersons(src, "foreign-persons.tsv", 4);
    lx.loadShortNames(src);
    lx.loadStopwords(src);
    lx.loadWordClasses(src);
    lx.nameEvidence = NameEvidence.load(src, lx.personsByKey.values());
    return lx;
  }

  private void loadStates(ModelSource src) {
    for (ModelSource.Row r : src.tsv("states.tsv", 5)) {
      String id = r.get(0);
      String kind = r.get(3);
      if (!kind.equals("state") && !kind.equals("union_territory")) {
        throw r.error("kind must be state or union_territory, not '" + kind + "'");
      }
      if (!id.equals(Slug.of(id))) {
        throw r.error("id '" + id + "' is not a slug (lower-case words joined by hyphens)");
      }
      if (states.put(id, new State(id, r.get(1), r.get(2), kind)) != null) {
        throw r.error("state id '" + id + "' appears twice");
      }
      Entry e = new Entry(MentionType.STATE, id, kind);
      add(r, r.get(1), e);
      add(r, r.get(2), e);
      for (String a : r.list(4)) {
        add(r, a, e);
      }
    }
  }

  private void loadCities(ModelSource src) {
    for (ModelSource.Row r : src.tsv("cities.tsv", 4)) {
      String stateId = r.get(2);
      requireState(r, stateId);
      Entry e = new Entry(MentionType.CITY, stateId, r.get(0));
      add(r, r.get(0), e);
      add(r, r.get(1), e);
      for (String a : r.list(3)) {
        add(r, a, e);
      }
    }
  }

  private void loadParties(ModelSource src) {
    for (ModelSource.Row r : src.tsv("parties.tsv", 3)) {
      String name = r.get(0);
      String id = Slug.of(name);
      String stateId = r.get(2).equals("-") ? null : r.get(2);
      if (stateId != null) {
        requireState(r, stateId);
      }
      Party p = new Party(id, name, r.list(1), stateId);
      if (parties.put(id, p) != null) {
        throw r.error("party '" + name + "' appears twice");
      }
      Entry e = new Entry(MentionType.PARTY, id, "");
      add(r, name, e);
      for (String a : p.aliases()) {
        add(r, a, e);
      }
    }
  }

  private void loadOffices(ModelSource src) {
    for (ModelSource.Row r : src.tsv("offices.tsv", 4)) {
      String kind = r.get(2);
      officeFlags.read(r, 3, r.get(1));
      Flags.requireOneOf(r, "office kind", OFFICE_KINDS, kind);
      add(r, r.get(0), new Entry(MentionType.OFFICE, r.get(1), kind));
      String w = TextNormalizer.matchForm(r.get(0).strip());
      if (w.codePoints()
              .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI)
          && w.length() >= 4) {
        officeWords.add(w);
      }
    }
  }

  /**
   * Office titles written as one Devanagari word of four or more characters (मुख्यमंत्री,
   * राज्यपाल), in matching form: the words that news text runs into the following name.
   */
  public Set<String> officeWords() {
    return java.util.Collections.unmodifiableSet(officeWords);
  }

  private void loadPortfolios(ModelSource src) {
    for (ModelSource.Row r : src.tsv("portfolios.tsv", 3)) {
      portfolioFlags.read(r, 2, r.get(1));
      add(r, r.get(0), new Entry(MentionType.PORTFOLIO, r.get(1), ""));
    }
  }

  private void loadHonorifics(ModelSource src) {
    for (ModelSource.Row r : src.tsv("honorifics.tsv", 3)) {
      String pos = r.get(1);
      if (!pos.equals("prefix") && !pos.equals("suffix")) {
        throw r.error("position must be prefix or suffix, not '" + pos + "'");
      }
      add(r, r.get(0), new Entry(MentionType.HONORIFIC, r.get(2), pos));
      honorificWords.add(TextNormalizer.matchForm(r.get(0).replace(".", "").strip()));
    }
  }

  private void loadCues(ModelSource src) {
    for (ModelSource.Row r : src.tsv("cues.tsv", 3)) {
      String kind = r.get(1);
      Flags.requireOneOf(r, "cue kind", CUE_KINDS, kind);
      add(r, r.get(0), new Entry(MentionType.CUE, kind, r.get(2)));
    }
  }

  private void loadCountries(ModelSource src) {
    for (ModelSource.Row r : src.tsv("countries.tsv", 4)) {
      String id = r.get(0);
      if (!id.equals(Slug.of(id))) {
        throw r.error("id '" + id + "' is not a slug (lower-case words joined by hyphens)");
      }
      if (countries.put(id, new Country(id, r.get(1), r.get(2))) != null) {
        throw r.error("country id '" + id + "' appears twice");
      }
      Entry e = new Entry(MentionType.COUNTRY, id, "country");
      add(r, r.get(1), e);
      add(r, r.get(2), e);
      for (String a : r.list(3)) {
        add(r, a, e);
      }
    }
  }

  /**
   * Known people: {@code persons.tsv} (name, aliases, note; Indian politicians), {@code
   * notable-persons.tsv} (the same columns; other well-known Indians: film, music, sport, business)
   * and {@code foreign-persons.tsv} (name, aliases, country id, note).
   */
  private void loadPersons(ModelSource src, String file, int columns) {
    if (!src.exists(file)) {
      return;
    }
    for (ModelSource.Row r : src.tsv(file, columns)) {
      String countryId = columns == 4 ? r.get(2) : null;
      if (countryId != null && !countries.containsKey(countryId)) {
        throw r.error("unknown country id '" + countryId + "' (see countries.tsv)");
      }
      if ("india".equals(countryId)) {
        throw r.error("an Indian belongs in persons.tsv, not " + file);
      }
      String name = r.get(0);
      List<String> aliases = r.list(1);
      String key = TranslitKey.of(name);
      String[] words = name.split("[\\s.]+");
      String surnameKey = words.length > 1 ? TranslitKey.word(words[words.length - 1]) : null;
      Set<String> surnameKeys = new HashSet<>();
      if (surnameKey != null) {
        surnameKeys.add(surnameKey);
      }
      for (String a : aliases) {
        String[] aw = a.strip().split("[\\s.]+");
        if (aw.length > 1) {
          surnameKeys.add(TranslitKey.word(aw[aw.length - 1]));
        }
      }
      Person p = new Person(name, aliases, key, surnameKey, Set.copyOf(surnameKeys), countryId);
      Person old = personsByKey.putIfAbsent(key, p);
      if (old != null) {
        throw r.error(
            "person '"
                + name
                + "' has the same identity key '"
                + key
                + "' as '"
                + old.name()
                + "'");
      }
      for (String sk : surnameKeys) {
        personsBySurname.computeIfAbsent(sk, k -> new ArrayList<>()).add(p);
      }
      Entry e = new Entry(MentionType.PERSON, name, "");
      add(r, name, e);
      for (String a : aliases) {
        add(r, a, e);
        personsByKey.putIfAbsent(TranslitKey.of(a), p);
      }
    }
  }

  private void loadShortNames(ModelSource src) {
    if (!src.exists("short-names.tsv")) {
      return;
    }
    for (ModelSource.Row r : src.tsv("short-names.tsv", 2)) {
      Person p = personsByKey.get(TranslitKey.of(r.get(1)));
      if (p == null) {
        throw r.error("'" + r.get(1) + "' is not a name in persons.tsv");
      }
      shortNames.put(TextNormalizer.matchForm(r.get(0)), p);
    }
  }

  private void loadStopwords(ModelSource src) {
    for (ModelSource.Line l : src.lines("hindi-stopwords.txt")) {
      stopwords.add(TextNormalizer.matchForm(l.text().strip()));
    }
    for (ModelSource.Line l : src.lines("english-stopwords.txt")) {
      englishStopwords.add(TextNormalizer.matchForm(l.text().strip()));
    }
  }

  /** The classes of {@code wordclasses.tsv} that the Java code reads. */
  public static final Set<String> WORD_CLASSES = WordClasses.CLASSES;

  private void loadWordClasses(ModelSource src) {
    wordClasses = WordClasses.load(src);
    for (ModelSource.Row r : wordClasses.descriptorRows()) {
      // a word that describes a person before the name: never part of it, no cue by itself
      add(r, r.get(1), new Entry(MentionType.HONORIFIC, "descriptor", "descriptor"));
      honorificWords.add(TextNormalizer.matchForm(r.get(1)));
    }
  }

  /** The office title has this flag of {@code offices.tsv}. */
  public boolean officeHas(String title, String flag) {
    return officeFlags.has(title, flag);
  }

  /** The portfolio has this flag of {@code portfolios.tsv}. */
  public boolean portfolioHas(String portfolio, String flag) {
    return portfolioFlags.has(portfolio, flag);
  }

  /** All classes of {@code wordclasses.tsv}. */
  public WordClasses wordClasses() {
    return wordClasses;
  }

  /** The words of a class of {@code wordclasses.tsv}, in matching form. */
  public Set<String> wordClass(String cls) {
    return wordClasses.words(cls);
  }

  /**
   * A word that running text uses as an ordinary word (matching form): never in a name, seen twice
   * or more, or in one name of ten times or more ({@code common-words-hi.tsv}).
   */
  public boolean isCommonWord(String norm) {
    return nameEvidence.common(norm);
  }

  /**
   * A word running text uses as an ordinary word four times in five or more, seen five times or
   * more (आशा, पूजा, वार्ड): ordinary even where a name list has it.
   */
  public boolean isStronglyCommon(String norm) {
    return nameEvidence.mostlyCommon(norm);
  }

  /**
   * A word of running text seen two hundred times or more in the labelled corpora and never in a
   * name: a function word, pronoun or frequent verb (जिसमें), never the first word of a name.
   */
  public boolean isFrequentWord(String norm) {
    return nameEvidence.frequent(norm);
  }

  /** A given name: of the given-name list, or the first word of a listed person's name. */
  public boolean isGivenName(String norm) {
    return nameEvidence.given(norm);
  }

  /** A word of people's names (matching form). */
  public boolean isNameWord(String norm) {
    return nameEvidence.name(norm);
  }

  /** The usual Latin spelling of a Devanagari name word (matching form), or null. */
  public String latinSpelling(String norm) {
    return nameEvidence.latin(norm);
  }

  /** The word ends as no name word does (an oblique plural: बदमाशों, संगठनों). */
  public boolean endsAsNoName(String norm) {
    return wordClasses.endsAsNoName(norm);
  }

  private void requireState(ModelSource.Row r, String stateId) {
    if (!states.containsKey(stateId)) {
      throw r.error("unknown state id '" + stateId + "' (see states.tsv)");
    }
  }

  /** Indexes one phrase of a model row (see {@link PhraseTable}). */
  private void add(ModelSource.Row r, String phrase, Entry e) {
    phrases.add(r, phrase, e);
  }

  public PhraseIndex<Entry> index() {
    return phrases.index();
  }

  /** A country's English name, or null. */
  public String countryName(String id) {
    Country c = countries.get(id);
    return c == null ? null : c.name();
  }

  /**
   * Phrases listed in capitals only ({@code UP}, {@code US}, {@code CM}), in matching form: they
   * match a word written in capitals, not the English word spelt alike ({@code up}, {@code us}).
   */
  public boolean isAcronym(String norm) {
    return phrases.isAcronym(norm);
  }

  public Map<String, State> states() {
    return Collections.unmodifiableMap(states);
  }

  public State state(String id) {
    return states.get(id);
  }

  public Map<String, Party> parties() {
    return Collections.unmodifiableMap(parties);
  }

  public Party party(String id) {
    return parties.get(id);
  }

  /** The lexicon person with this identity key (of the name or an alias), or null. */
  public Person personByKey(String key) {
    return personsByKey.get(key);
  }

  /** Lexicon persons whose surname has this key. */
  public List<Person> personsBySurname(String surnameKey) {
    return personsBySurname.getOrDefault(surnameKey, List.of());
  }

  /**
   * The person a conventional short name stands for (a surname that stands for one well-known
   * person), or null.
   */
  public Person shortName(String norm) {
    return shortNames.get(norm);
  }

  /** A common Hindi word that never names a person. */
  public boolean isStopword(String norm) {
    return stopwords.contains(norm);
  }

  /** A one-word honorific (श्री, डॉ, Captain, जी): never part of a name. */
  public boolean isHonorific(String norm) {
    return honorificWords.contains(norm);
  }

  /** A common English word that never names a person (lower-case matching form). */
  public boolean isEnglishStopword(String norm) {
    return englishStopwords.contains(norm);
  }

  /** A word of some lexicon phrase other than a person's name (state, party, office, cue ...). */
  public boolean inVocabulary(String norm) {
    return phrases.inVocabulary(norm);
  }

  /** The English name of a state id, or the id itself if unknown. */
  public String stateName(String id) {
    State st = states.get(id);
    return st == null ? id : st.name();
  }

  /** The full name of a party id, or the id itself if unknown. */
  public String partyName(String id) {
    Party p = parties.get(id);
    return p == null ? id : p.name();
  }

  /** Every person of the people lexicon, once. */
  public List<Person> persons() {
    return new ArrayList<>(new java.util.LinkedHashSet<>(personsByKey.values()));
  }
}
