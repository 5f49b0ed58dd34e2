package org.netagraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.Romanizer;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.PersonEntity;
import org.netagraph.model.Sentence;
import org.netagraph.model.Slug;
import org.netagraph.model.Token;
import org.netagraph.text.TextNormalizer;

/**
 * Turns the person mentions of one article into persons: one per real person, across scripts and
 * spellings.
 *
 * <ol>
 *   <li>Overlapping person mentions in a sentence are reduced to one: a lexicon name first, then
 *       the longer span, then CoreNLP before the Hindi recogniser before a cue span.
 *   <li>Each mention's name (honorifics and full stops left out) gets its {@link TranslitKey};
 *       mentions with equal keys are one person. A key that a lexicon name or alias has links the
 *       person to the lexicon (its canonical name).
 *   <li>A one-word name whose key is the surname key of exactly one longer name in the article is
 *       that person (वर्मा after रमेश वर्मा); if no longer name fits, a conventional short name of
 *       the lexicon is tried (a surname the lexicon lists as a short name).
 *   <li>Every run of up to four name words anywhere in the article whose key equals a person's key
 *       (at least {@value TranslitKey#MIN_SCAN_LENGTH} letters) becomes a mention of that person:
 *       this aligns a Devanagari name with a Latin gloss or an English quote (रमेश with {@code
 *       ramesh} and {@code Ramesh}); a lone surname (at least {@value
 *       TranslitKey#MIN_SURNAME_LENGTH} letters) is taken when one person has it.
 *   <li>The canonical name is the lexicon's; else the longest Latin form (title-cased); else the
 *       romanised Devanagari form.
 * </ol>
 */
public final class PersonResolver {
  private final Lexicon lexicon;
  private final NameWords words;

  public PersonResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.words = new NameWords(lexicon);
  }

  /** The persons of an article and, per sentence, the person mentions (value = person key). */
  public record Result(List<PersonEntity> persons, List<List<Mention>> mentions) {}

  private static final class Cluster {
    final String key;
    Lexicon.Person lexicon;
    final Set<String> surfaces = new LinkedHashSet<>();
    int maxWords;

    Cluster(String key) {
      this.key = key;
    }

    final Set<String> firstWords = new java.util.HashSet<>();
    final Set<String> lastWords = new java.util.HashSet<>();

    void words(List<String> name) {
      if (name.size() >= 2) {
        firstWords.add(TextNormalizer.matchForm(name.get(0)));
        lastWords.add(TextNormalizer.matchForm(name.get(name.size() - 1)));
      }
    }

    void lexiconWords(Lexicon.Person p) {
      words(List.of(p.name().split("[\\s.]+")));
      for (String a : p.aliases()) {
        words(List.of(a.strip().split("[\\s.]+")));
      }
    }

    Set<String> surnameKeys() {
      Set<String> out = new java.util.HashSet<>();
      if (lexicon != null) {
        out.addAll(lexicon.surnameKeys());
      }
      if (surname != null) {
        out.add(surname);
      }
      return out;
    }

    String surname;
  }

  public Result resolve(List<Sentence> sentences, List<List<Mention>> found) {
    Map<String, Cluster> clusters = new LinkedHashMap<>();
    List<List<Mention>> chosen = new ArrayList<>();
    List<Mention> singles = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Mention> persons = pick(found.get(si));
      persons.removeIf(m -> namesAnInstitution(s, m, found.get(s.index())));
      List<Mention> resolved = new ArrayList<>();
      for (Mention m0 : persons) {
        Mention m = trimToKnownPrefix(s, m0, found);
        List<String> name = nameWords(s, m);
        if (name.isEmpty() || name.stream().allMatch(TranslitKey::isInitial)) {
          continue; // "V", "Ma": initials alone name no one
        }
        Lexicon.Person lp =
            m.source().equals(LexiconFinder.LAYER) ? lexiconPerson(m.value()) : null;
        String key = lp != null ? lp.key() : TranslitKey.of(name);
        if (key.isEmpty()) {
          continue;
        }
        if (lp == null) {
          lp = lexicon.personByKey(key);
          if (lp != null && !spelledLikeLexicon(name.get(name.size() - 1), lp)) {
            lp = null; // X साहू keys like a listed X शाह but is someone else (named alone, not
            // beside him)
          }
          if (lp != null) {
            key = lp.key();
          }
        }
        if (name.size() == 1 && lp == null) {
          singles.add(withValue(m, key));
          continue;
        }
        Cluster c = clusters.computeIfAbsent(key, Cluster::new);
        if (lp != null && c.lexicon == null) {
          c.lexicon = lp;
          c.lexiconWords(lp);
        }
        c.words(name);
        c.surfaces.add(String.join(" ", name));
        c.maxWords = Math.max(c.maxWords, name.size());
        if (c.surname == null || name.size() >= c.maxWords) {
          c.surname = TranslitKey.word(name.get(name.size() - 1));
        }
        resolved.add(withValue(m, key));
      }
      chosen.add(resolved);
    }
    Map<String, Cluster> mergedKeys = mergeSubNames(clusters, chosen);
    // one-word names: surname of a longer name, a short name, or a one-word name of its own
    for (Mention m : singles) {
      Cluster target = clusters.get(m.value());
      String norm = normOf(sentences.get(m.sentence()), m);
      if (target == null) {
        List<Cluster> byLast = byWord(clusters, norm, true, m.value());
        if (byLast.size() > 1 || sharedSurname(clusters, m.value())) {
          continue; // यादव after अखिलेश यादव and शिवपाल यादव: which one is not said
        }
        target = byLast.size() == 1 ? byLast.get(0) : null;
      }
      if (target == null) {
        List<Cluster> byFirst = byWord(clusters, norm, false, null);
        if (byFirst.size() > 1) {
          continue;
        }
        target = byFirst.size() == 1 ? byFirst.get(0) : null;
      }
      if (target == null) {
        Lexicon.Person lp =
            lexicon.shortName(sentences.get(m.sentence()).tokens().get(m.start()).norm());
        if (lp == null) {
          lp = lexicon.shortName(normOf(sentences.get(m.sentence()), m));
        }
        if (lp != null) {
          target = clusters.computeIfAbsent(lp.key(), Cluster::new);
          if (target.lexicon == null) {
            target.lexicon = lp;
            target.lexiconWords(lp);
          }
          target.maxWords = Math.max(target.maxWords, 2);
        }
      }
      if (target == null
          && !titled(found.get(m.sentence()), m)
          && !(notCommon(sentences.get(m.sentence()), m)
              && agent(sentences.get(m.sentence()), m, found.get(m.sentence())))) {
        continue; // one word, no one in the article it could stand for, no title: no evidence
        // that it names a person (राम, विजय, प्रभु: a god, a victory, a lord)
      }
      if (target == null) {
        target = clusters.computeIfAbsent(m.value(), Cluster::new);
        target.maxWords = Math.max(target.maxWords, 1);
        target.surname = m.value();
      }
      target.surfaces.add(String.join(" ", nameWords(sentences.get(m.sentence()), m)));
      chosen.get(m.sentence()).add(withValue(m, target.key));
    }
    scan(sentences, clusters, mergedKeys, chosen);
    List<PersonEntity> persons = new ArrayList<>();
    for (Cluster c : clusters.values()) {
      PersonEntity e = entity(c);
      if (e != null) {
        persons.add(e);
      }
    }
    Set<String> kept = new java.util.HashSet<>();
    persons.forEach(p -> kept.add(p.key()));
    for (List<Mention> l : chosen) {
      l.removeIf(m -> !kept.contains(m.value()));
      l.sort(Comparator.comparingInt(Mention::start));
    }
    return new Result(persons, chosen);
  }

  /**
   * A shorter name that is the start or the end of exactly one longer name in the article, word for
   * word by key, is that person: <first> <middle> after <first> <middle> <last>, <first> <last>
   * after H. D. <first> <last>, AB <last> after A. B. <last>. Initials are set aside when comparing
   * (an all-capital Latin word of two or three letters is read as initials), and the shorter name
   * needs two words left after that, so a first name alone never joins anyone here. Two names
   * linked to different lexicon persons never merge, nor does a name that fits two longer ones.
   * Returns the merged keys with the person each now names.
   */
  private Map<String, Cluster> mergeSubNames(
      Map<String, Cluster> clusters, List<List<Mention>> chosen) {
    Map<String, Cluster> mergedKeys = new HashMap<>();
    Map<Cluster, List<String>> words = new HashMap<>();
    Map<Cluster, List<String>> initials = new HashMap<>();
    for (Cluster c : clusters.values()) {
      List<String> in = new ArrayList<>();
      words.put(c, nameWordKeys(c, in));
      initials.put(c, in);
    }
    List<Cluster> order = new ArrayList<>(clusters.values());
    order.sort(Comparator.comparingInt(c -> words.get(c).size()));
    for (Cluster a : order) {
      List<String> wa = words.get(a);
      if (wa.size() < (initials.get(a).isEmpty() ? 2 : 1) || !clusters.containsKey(a.key)) {
        continue;
      }
      Cluster into = null;
      int fits = 0;
      for (Cluster b : clusters.values()) {
        List<String> wb = words.get(b);
        if (b == a
            || wb.size() < wa.size()
            || (a.lexicon != null && b.lexicon != null && !a.lexicon.equals(b.lexicon))) {
          continue;
        }
        if (!initials.get(a).isEmpty()
            && !initials.get(a).equals(initials.get(b))
            && !spelledOut(initials.get(a), wa, initials.get(b), wb)) {
          continue; // K. T. <name> is not N. T. <name>
        }
        boolean edge =
            wb.subList(0, wa.size()).equals(wa)
                || wb.subList(wb.size() - wa.size(), wb.size()).equals(wa)
                || spelledOut(initials.get(a), wa, initials.get(b), wb);
        boolean longer =
            wb.size() > wa.size()
                || b.surfaces.stream().mapToInt(x -> x.length()).max().orElse(0)
                    > a.surfaces.stream().mapToInt(x -> x.length()).max().orElse(0);
        if (edge && longer) {
          into = b;
          fits++;
        }
      }
      if (fits != 1) {
        continue;
      }
      clusters.remove(a.key);
      mergedKeys.put(a.key, into);
      into.surfaces.addAll(a.surfaces);
      into.firstWords.addAll(a.firstWords);
      into.lastWords.addAll(a.lastWords);
      if (into.lexicon == null && a.lexicon != null) {
        into.lexicon = a.lexicon;
      }
      for (List<Mention> l : chosen) {
        for (int i = 0; i < l.size(); i++) {
          if (l.get(i).value().equals(a.key)) {
            l.set(i, withValue(l.get(i), into.key));
          }
        }
      }
    }
    for (Map.Entry<String, Cluster> e : mergedKeys.entrySet()) {
      Cluster c = e.getValue();
      while (!clusters.containsKey(c.key) && mergedKeys.containsKey(c.key)) {
        c = mergedKeys.get(c.key);
      }
      e.setValue(c);
    }
    return mergedKeys;
  }

  /**
   * S. N. <last> and S<...> N<...> <last>: the short name's initials are the first letters of the
   * long name's words before the same last words, and the long name has no initials of its own.
   */
  private static boolean spelledOut(
      List<String> ia, List<String> wa, List<String> ib, List<String> wb) {
    if (ia.isEmpty()
        || !ib.isEmpty()
        || wb.size() != ia.size() + wa.size()
        || !wb.subList(ia.size(), wb.size()).equals(wa)) {
      return false;
    }
    for (int i = 0; i < ia.size(); i++) {
      String w = wb.get(i);
      String first = w.isEmpty() ? "" : w.substring(0, 1);
      String in = ia.get(i);
      // keys write a vowel start as "a" and fold c into k, v into w, z into j, q into k
      if (!(first.equals(in)
          || (first.equals("a") && "aeiou".contains(in))
          || (first.equals("k") && (in.equals("c") || in.equals("q")))
          || (first.equals("v") && in.equals("w"))
          || (first.equals("w") && in.equals("v"))
          || (first.equals("j") && in.equals("z")))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word keys of a cluster's longest surface, initials left out (and put in {@code initials}).
   */
  private static List<String> nameWordKeys(Cluster c, List<String> initials) {
    String[] ws = new String[0];
    for (String s : c.surfaces) {
      String[] w = s.strip().split("[\\s.]+");
      if (w.length > ws.length) {
        ws = w;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ws.length; i++) {
      String w = ws[i];
      boolean isInitials =
          (TranslitKey.isInitial(w) && i < ws.length - 1)
              || (w.length() <= 3
                  && w.length() >= 2
                  && w.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z'));
      if (isInitials) {
        String one = TranslitKey.initialOf(w);
        if (one != null) {
          initials.add(one);
        } else {
          w.chars().forEach(ch -> initials.add(String.valueOf((char) Character.toLowerCase(ch))));
        }
      } else if (!w.isEmpty()) {
        out.add(TranslitKey.word(w));
      }
    }
    return out;
  }

  /**
   * A cue span of three or more words whose first words are a name found by a stronger finder
   * anywhere in the article ({@code <first> <last> इसके लिए}) is cut back to that name.
   */
  private Mention trimToKnownPrefix(Sentence s, Mention m, List<List<Mention>> found) {
    if (!m.source().equals(CuePersonFinder.LAYER) || m.length() < 3) {
      return m;
    }
    // names a stronger finder found in another sentence: a name seen on its own elsewhere
    // (a three-word name after राज्यपाल, where the recogniser stopped a word short, is not cut
    // back)
    Set<String> strong = new java.util.HashSet<>();
    for (List<Mention> l : found) {
      for (Mention o : l) {
        if (o.type() == MentionType.PERSON
            && !o.source().equals(CuePersonFinder.LAYER)
            && o.sentence() != m.sentence()) {
          strong.add(TranslitKey.of(List.of(o.surface().split("[\\s.]+"))));
        }
      }
    }
    for (int end = m.end() - 1; end > m.start(); end--) {
      List<String> w = new ArrayList<>();
      for (int i = m.start(); i < end; i++) {
        w.add(s.tokens().get(i).text());
      }
      if (strong.contains(TranslitKey.of(w))) {
        return new Mention(
            m.sentence(),
            m.start(),
            end,
            m.type(),
            s.span(m.start(), end),
            m.kind(),
            s.span(m.start(), end),
            m.source());
      }
    }
    return m;
  }

  private String normOf(Sentence s, Mention m) {
    StringBuilder b = new StringBuilder();
    for (int i = m.start(); i < m.end(); i++) {
      Token t = s.tokens().get(i);
      if (t.isWord()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(t.norm());
      }
    }
    return b.toString();
  }

  private Lexicon.Person lexiconPerson(String name) {
    return lexicon.personByKey(TranslitKey.of(name));
  }

  /**
   * Longer names whose last (or first) word is this word as written, or whose surname key is {@code
   * key} when that key is long enough to trust.
   */
  private static List<Cluster> byWord(
      Map<String, Cluster> clusters, String norm, boolean last, String key) {
    List<Cluster> out = new ArrayList<>();
    for (Cluster c : clusters.values()) {
      if (c.maxWords < 2) {
        continue;
      }
      boolean hit =
          (last ? c.lastWords : c.firstWords).contains(norm)
              || (key != null
                  && key.length() >= TranslitKey.MIN_SURNAME_LENGTH
                  && c.surnameKeys().contains(key)
                  && spelledAlike(norm, c));
      if (hit) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A surname found by key is the listed person's only if it is also spelled like one of the
   * person's surnames: within one edit of a form in the same script (साहू is not शाह, though both
   * key {@code sh}), within two of a form in the other script (romanised).
   */
  static boolean spelledLikeLexicon(String lastWord, Lexicon.Person p) {
    boolean deva = isDevanagari(lastWord);
    String a = roman(TextNormalizer.matchForm(lastWord));
    boolean sameScript = false;
    List<String> forms = new ArrayList<>(p.aliases());
    forms.add(p.name());
    for (String f : forms) {
      String[] w = f.strip().split("[\\s.]+");
      String last = w[w.length - 1];
      if (w.length < 2 || last.isEmpty()) {
        continue;
      }
      boolean same = isDevanagari(last) == deva;
      sameScript |= same;
      if (same && editDistance(a, roman(TextNormalizer.matchForm(last))) <= 1) {
        return true;
      }
    }
    if (sameScript) {
      return false;
    }
    for (String f : forms) {
      String[] w = f.strip().split("[\\s.]+");
      if (w.length >= 2 && editDistance(a, roman(TextNormalizer.matchForm(w[w.length - 1]))) <= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDevanagari(String word) {
    return word.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI);
  }

  /**
   * The key drops vowels and aspiration, so one word can share a surname's key and still be another
   * word (a district गोंडा and the surname गांधी both key {@code gnd}). A lone word joins a person
   * by key only when it is also spelled like one of that person's last words: romanised, at most
   * two edits apart (पांडे/पांडेय/Pandey, गांधी/Gandhi, not गोंडा/Gandhi).
   */
  static boolean spelledAlike(String norm, Cluster c) {
    String a = roman(norm);
    for (String w : c.lastWords) {
      if (editDistance(a, roman(w)) <= 2) {
        return true;
      }
    }
    return c.lastWords.isEmpty();
  }

  private static String roman(String word) {
    return (isDevanagari(word) ? org.netagraph.lexicon.Romanizer.romanize(word) : word)
        .toLowerCase(java.util.Locale.ROOT);
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static boolean sharedSurname(Map<String, Cluster> clusters, String key) {
    int n = 0;
    for (Cluster c : clusters.values()) {
      if (c.maxWords >= 2 && c.surnameKeys().contains(key)) {
        n++;
      }
    }
    return n >= 2;
  }

  /** Step 4 of the class comment: name runs anywhere whose key is a known person's. */
  private void scan(
      List<Sentence> sentences,
      Map<String, Cluster> clusters,
      Map<String, Cluster> mergedKeys,
      List<List<Mention>> chosen) {
    Map<String, Cluster> bySurnameKey = new HashMap<>();
    Set<String> ambiguous = new TreeSet<>();
    for (Cluster c : clusters.values()) {
      for (String sk : c.surnameKeys()) {
        if (c.maxWords >= 2 && sk.length() >= TranslitKey.MIN_SURNAME_LENGTH) {
          Cluster old = bySurnameKey.putIfAbsent(sk, c);
          if (old != null && old != c) {
            ambiguous.add(sk);
          }
        }
      }
    }
    ambiguous.forEach(bySurnameKey::remove);
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Mention> have = chosen.get(si);
      for (int i = 0; i < s.size(); i++) {
        if (inside(have, i)) {
          continue;
        }
        for (int n = 4; n >= 1; n--) {
          if (i + n > s.size() || overlapsAny(have, i, i + n)) {
            continue;
          }
          List<String> name = new ArrayList<>();
          boolean ok = true;
          Boolean deva = null;
          boolean initials = true;
          for (int k = i; k < i + n && ok; k++) {
            Token t = s.tokens().get(k);
            boolean initial = initials && k < i + n - 1 && words.initialAt(s, k);
            initials &= initial;
            ok =
                (deva == null || deva == t.isDevanagari()) && (initial || words.nameLike(t, false));
            deva = t.isDevanagari();
            name.add(t.text());
          }
          if (!ok) {
            continue;
          }
          String key = TranslitKey.of(name);
          Cluster c = null;
          if (key.length() >= TranslitKey.MIN_SCAN_LENGTH && clusters.containsKey(key)) {
            c = clusters.get(key);
          } else if (n >= 2
              && key.length() >= TranslitKey.MIN_SCAN_LENGTH
              && mergedKeys.containsKey(key)) {
            c = mergedKeys.get(key);
          } else if (n == 1
              && key.length() >= 2
              && clusters.containsKey(key)
              && beforeCase(s, i + 1)) {
            c = clusters.get(key);
          } else if (n == 1 && bySurnameKey.containsKey(key)) {
            Token t = s.tokens().get(i);
            if ((t.isDevanagari() || t.isCapitalised())
                && spelledAlike(t.norm(), bySurnameKey.get(key))) {
              c = bySurnameKey.get(key);
            }
          } else if (n == 1) {
            Token t = s.tokens().get(i);
            boolean plainSurname =
                t.isDevanagari()
                    && t.text().length() >= 3
                    && !COMMON_NAME_WORDS.contains(t.norm())
                    && words.nameLike(t, false);
            if (t.isCapitalised()
                || (t.isDevanagari() && (beforeCase(s, i + 1) || beforeTitle(s, i + 1)))
                || (plainSurname
                    && byWord(clusters, t.norm(), true, null).size() == 1
                    && byWord(clusters, t.norm(), false, null).isEmpty())) {
              List<Cluster> hits = byWord(clusters, t.norm(), true, null);
              if (hits.isEmpty()) {
                hits = byWord(clusters, t.norm(), false, null);
              }
              if (hits.size() == 1) {
                c = hits.get(0);
              }
            }
          }
          if (c != null) {
            String surface = s.span(i, i + n);
            c.surfaces.add(surface);
            have.add(
                new Mention(si, i, i + n, MentionType.PERSON, c.key, "", surface, "person:key"));
            i += n - 1;
            break;
          }
        }
      }
    }
  }

  /**
   * Name words too common to stand for one person on their own (सिंह is also "lion", कुमार
   * "prince"): a lone Devanagari surname without a case marker after it is taken only if it is none
   * of these.
   */
  private static final Set<String> COMMON_NAME_WORDS =
      Set.of(
          "सिंह", "कुमार", "देवी", "लाल", "प्रसाद", "चंद", "चंद्र", "राम", "नाथ", "दास", "खान",
          "अली", "शाह", "राय", "राव", "बाबू", "भाई");

  private static final Set<String> LINK_WORDS =
      Set.of("में", "पर", "और", "भी", "ही", "तो", "एवं", "तथा", "व", "या");

  private static final Set<String> CASE_MARKERS =
      Set.of("ने", "का", "की", "के", "को", "से", "जी", "said", "ji", "says", "told", "'s", ",");

  /** The token at {@code i} is a case marker or a speech verb, as after a name. */
  private static boolean beforeCase(Sentence s, int i) {
    return i < s.size() && CASE_MARKERS.contains(s.tokens().get(i).norm());
  }

  /**
   * The token at {@code i} is an office word, as after a subject named before another's title (रमेश
   * मुख्यमंत्री X के आवास पहुंचे: a given name alone, of someone named in full earlier).
   */
  private boolean beforeTitle(Sentence s, int i) {
    return i < s.size()
        && s.tokens().get(i).isDevanagari()
        && lexicon.officeWords().contains(s.tokens().get(i).norm());
  }

  private static boolean inside(List<Mention> have, int i) {
    for (Mention m : have) {
      if (m.start() <= i && i < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(List<Mention> have, int start, int end) {
    for (Mention m : have) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }

  private PersonEntity entity(Cluster c) {
    String name;
    PersonEntity.NameSource source;
    if (c.lexicon != null) {
      name = c.lexicon.name();
      source = PersonEntity.NameSource.LEXICON;
    } else {
      String latin = null;
      String deva = null;
      for (String s : c.surfaces) {
        boolean isLatin = s.codePoints().anyMatch(cp -> cp < 0x250 && Character.isLetter(cp));
        if (isLatin) {
          if (latin == null || better(s, latin)) {
            latin = s;
          }
        } else if (deva == null || s.length() > deva.length()) {
          deva = s;
        }
      }
      name = latin != null ? titleCase(latin) : displayName(deva);
      source =
          latin != null ? PersonEntity.NameSource.LATIN_TEXT : PersonEntity.NameSource.ROMANIZED;
    }
    if (name == null || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return null; // only vowel signs or marks: no name to give (found by fuzzing)
    }
    TreeSet<String> aliases = new TreeSet<>(c.surfaces);
    aliases.remove(name);
    return new PersonEntity(Slug.of(name), c.key, name, List.copyOf(aliases), source);
  }

  /**
   * A Latin display name for a Devanagari name: each word's usual spelling where names of election
   * candidates give one (यादव = Yadav, सुनीता = Sunita), else the romanisation.
   */
  private String displayName(String deva) {
    StringBuilder out = new StringBuilder();
    for (String w : deva.strip().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      String known =
          TranslitKey.initialOf(w) != null
              ? null
              : lexicon.latinSpelling(TextNormalizer.matchForm(w));
      String r = known != null ? known : Romanizer.romanize(w);
      if (!r.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(r);
      }
    }
    return out.toString();
  }

  /** More words wins, then capitalised over lower-case, then longer. */
  private static boolean better(String a, String b) {
    int wa = a.split("\\s+").length;
    int wb = b.split("\\s+").length;
    if (wa != wb) {
      return wa > wb;
    }
    boolean ca = Character.isUpperCase(a.codePointAt(0));
    boolean cb = Character.isUpperCase(b.codePointAt(0));
    if (ca != cb) {
      return ca;
    }
    return a.length() > b.length();
  }

  static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split("\\s+")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      if (w.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isLowerCase(ch))) {
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      } else {
        b.append(w);
      }
    }
    return b.toString();
  }

  /** "Located in": the word before it names a place. */
  private static final Set<String> LOCATED = Set.of("स्थित");

  /**
   * A name that is part of an institution's or place's name (<name> अस्पताल, <name> Government
   * General Hospital): an institution cue within the next three words, with only capitalised words
   * between.
   */
  static boolean namesAnInstitution(Sentence s, Mention m, List<Mention> found) {
    if (m.end() < s.size() && LOCATED.contains(s.tokens().get(m.end()).norm())) {
      return true; // मुख्यमंत्री X स्थित आवास पर पहुंचे: X स्थित (located in X) is a place, even
      // after a title
    }
    for (Mention c : found) {
      if (c.end() == m.start() && c.type() == MentionType.OFFICE) {
        return false; // मुख्यमंत्री X सचिवालय पहुंचे: a title names a person, who went to the place
      }
    }
    int i = m.end();
    for (int step = 0; step < 3 && i < s.size(); step++) {
      for (Mention c : found) {
        if (c.start() == i && c.type() == MentionType.CUE && c.value().equals("institution")) {
          return true;
        }
      }
      Token t = s.tokens().get(i);
      if (!t.isCapitalised()
          && !(t.isDevanagari()
              && !CASE_MARKERS.contains(t.norm())
              && !LINK_WORDS.contains(t.norm()))) {
        return false; // <name> अंतरराष्ट्रीय हवाई अड्डा, <name> Government General Hospital
      }
      i++;
    }
    return false;
  }

  /**
   * A title or a prefix honorific stands right before the mention ({@code मुख्यमंत्री X}, {@code
   * श्री X}), or a cue read it after a title.
   */
  private static boolean titled(List<Mention> found, Mention m) {
    if (m.kind().equals("title")) {
      return true;
    }
    for (Mention c : found) {
      if (c.end() == m.start()
          && (c.type() == MentionType.OFFICE
              || (c.type() == MentionType.HONORIFIC && c.kind().equals("prefix")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mention is the agent of its clause ({@code X ने}), or joined to another name that is
   * ({@code X और Y ने}).
   */
  private boolean agent(Sentence s, Mention m, List<Mention> found) {
    Set<String> agentMarker = lexicon.wordClass("agent_marker");
    Set<String> joiner = lexicon.wordClass("list_joiner");
    int i = m.end();
    if (i < s.size() && agentMarker.contains(s.tokens().get(i).norm())) {
      return true;
    }
    if (i + 1 < s.size() && joiner.contains(s.tokens().get(i).norm())) {
      for (Mention p : found) {
        if (p.type() == MentionType.PERSON
            && p.start() == i + 1
            && p.end() < s.size()
            && agentMarker.contains(s.tokens().get(p.end()).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean notCommon(Sentence s, Mention m) {
    return !lexicon.isCommonWord(normOf(s, m));
  }

  /** Overlapping person mentions reduced to one (see the class comment). */
  private static List<Mention> pick(List<Mention> found) {
    List<Mention> persons = new ArrayList<>();
    for (Mention m : found) {
      if (m.type() == MentionType.PERSON) {
        persons.add(m);
      }
    }
    // a lexicon name first; else the longer span (a title cue's three-word name over the
    // recogniser's देव सिंह), then the surer finder
    persons.sort(
        Comparator.comparingInt((Mention m) -> m.source().equals(LexiconFinder.LAYER) ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Mention::length).reversed())
            .thenComparingInt(m -> rank(m.source())));
    List<Mention> out = new ArrayList<>();
    for (Mention m : persons) {
      boolean clash = false;
      for (Mention o : out) {
        clash |= o.overlaps(m);
      }
      if (!clash) {
        out.add(m);
      }
    }
    return out;
  }

  private static int rank(String source) {
    if (source.equals(LexiconFinder.LAYER)) {
      return 0;
    }
    if (source.contains("corenlp")) {
      return 1;
    }
    if (source.contains("ner")) {
      return 2;
    }
    return 3;
  }

  /** The words of a person mention without honorifics, full stops and suffixes like जी. */
  private List<String> nameWords(Sentence s, Mention m) {
    List<String> out = new ArrayList<>();
    for (int i = m.start(); i < m.end(); i++) {
      Token t = s.tokens().get(i);
      if (!t.isWord()) {
        continue;
      }
      if (lexicon.isHonorific(t.norm())) {
        continue;
      }
      out.add(t.text());
    }
    return out;
  }

  private static Mention withValue(Mention m, String key) {
    return new Mention(
        m.sentence(), m.start(), m.end(), m.type(), key, m.kind(), m.surface(), m.source());
  }
}
