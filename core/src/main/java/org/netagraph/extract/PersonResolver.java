package org.netagraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.model.Mention;
import org.netagraph.model.PersonEntity;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;
import org.netagraph.text.TextNormalizer;
import org.netagraph.text.Tokenizer;

/**
 * Turns the person mentions of one article into persons: one per real person, across scripts and
 * spellings.
 *
 * <ol>
 *   <li>({@link MentionPicker}) Overlapping person mentions in a sentence are reduced to one: a
 *       lexicon name first, then the longer span, then CoreNLP before the Hindi recogniser before a
 *       cue span.
 *   <li>({@link NameCluster}) Each mention's name (honorifics and full stops left out) gets its
 *       {@link TranslitKey}; mentions with equal keys are one person. A key that a lexicon name or
 *       alias has links the person to the lexicon (its canonical name).
 *   <li>({@link SubNames}) A shorter name that is the start or the end of exactly one longer name
 *       is that person.
 *   <li>({@link Aliases}) {@code X उर्फ Y}: Y is X, here and wherever Y stands alone.
 *   <li>({@link SingleNames}) A one-word name whose key is the surname key of exactly one longer
 *       name in the article is that person (वर्मा after रमेश वर्मा); if no longer name fits, a
 *       conventional short name of the lexicon is tried (a surname the lexicon lists as a short
 *       name).
 *   <li>({@link NameScan}) Every run of up to four name words anywhere in the article whose key
 *       equals a person's key (at least {@value TranslitKey#MIN_SCAN_LENGTH} letters) becomes a
 *       mention of that person: this aligns a Devanagari name with a Latin gloss or an English
 *       quote (रमेश with {@code ramesh} and {@code Ramesh}); a lone surname (at least {@value
 *       TranslitKey#MIN_SURNAME_LENGTH} letters) is taken when one person has it.
 *   <li>({@link CanonicalNames}) The canonical name is the lexicon's; else the longest Latin form
 *       (title-cased); else the romanised Devanagari form.
 * </ol>
 */
public final class PersonResolver {
  private final Lexicon lexicon;
  private final MentionPicker picker;
  private final Aliases aliases;
  private final SingleNames singles;
  private final NameScan scan;
  private final CanonicalNames names;

  public PersonResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.picker = new MentionPicker(lexicon);
    this.singles = new SingleNames(lexicon);
    this.aliases = new Aliases(lexicon);
    this.scan = new NameScan(lexicon, new NameWords(lexicon));
    this.names = new CanonicalNames(lexicon);
  }

  /** The persons of an article and, per sentence, the person mentions (value = person key). */
  public record Result(List<PersonEntity> persons, List<List<Mention>> mentions) {}

  public Result resolve(List<Sentence> sentences, List<List<Mention>> found) {
    Map<String, NameCluster> clusters = new LinkedHashMap<>();
    List<List<Mention>> chosen = new ArrayList<>();
    List<Mention> lone = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Mention> persons = MentionPicker.pick(picker.withoutCutLexiconNames(s, found.get(si)));
      persons.removeIf(m -> picker.namesAnInstitution(s, m, found.get(s.index())));
      List<Mention> resolved = new ArrayList<>();
      for (Mention m0 : persons) {
        Mention m = picker.trimToKnownPrefix(s, m0, found);
        List<String> name = nameWords(lexicon, s, m);
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
          if (lp != null && !Spelling.spelledLikeLexicon(name.get(name.size() - 1), lp)) {
            lp = null; // X साहू keys like a listed X शाह but is someone else (named alone, not
            // beside him)
          }
          if (lp != null) {
            key = lp.key();
          }
        }
        if (name.size() == 1 && lp == null) {
          lone.add(withValue(m, key));
          continue;
        }
        NameCluster c = clusters.computeIfAbsent(key, NameCluster::new);
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
    Map<String, NameCluster> mergedKeys = SubNames.mergeSubNames(clusters, chosen);
    aliases.join(sentences, clusters, mergedKeys, lone, chosen);
    singles.attach(sentences, found, clusters, lone, chosen);
    scan.scan(sentences, clusters, mergedKeys, chosen);
    List<PersonEntity> persons = new ArrayList<>();
    for (NameCluster c : clusters.values()) {
      PersonEntity e = names.entity(c);
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
   * The identity key of a person named {@code name} outside any article, as a mention of that name
   * in text gets it: the name's words without honorifics, keyed by {@link TranslitKey}, or the key
   * of the listed person the name keys and is spelled like. Empty when the name has no word.
   */
  public String keyOf(String name) {
    List<String> words = new ArrayList<>();
    List<Token> tokens = Tokenizer.tokenize(TextNormalizer.normalize(name));
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isWord() && (!lexicon.isHonorific(t.norm()) || initialAt(tokens, i, tokens.size()))) {
        words.add(t.text());
      }
    }
    if (words.isEmpty()) {
      return "";
    }
    String key = TranslitKey.of(words);
    Lexicon.Person lp = lexicon.personByKey(key);
    if (lp != null && Spelling.spelledLikeLexicon(words.get(words.size() - 1), lp)) {
      return lp.key();
    }
    return key;
  }

  static String normOf(Sentence s, Mention m) {
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

  /** The words of a person mention without honorifics, full stops and suffixes like जी. */
  static List<String> nameWords(Lexicon lexicon, Sentence s, Mention m) {
    List<String> out = new ArrayList<>();
    for (int i = m.start(); i < m.end(); i++) {
      Token t = s.tokens().get(i);
      if (!t.isWord()) {
        continue;
      }
      if (lexicon.isHonorific(t.norm())
          && !initialAt(s.tokens(), i, m.end())
          && !surnameAtEnd(lexicon, s, m, i)) {
        continue;
      }
      out.add(t.text());
    }
    return out;
  }

  /** जी in जी.के. दास is the letter G: an initial's full stop and more of the name follow it. */
  private static boolean initialAt(List<Token> tokens, int i, int end) {
    return TranslitKey.isInitial(tokens.get(i).text())
        && i + 2 < end
        && tokens.get(i + 1).text().equals(".");
  }

  /** महंत in किशोर कुमार महंत: a title that is also a surname, last of three words or more. */
  private static boolean surnameAtEnd(Lexicon lexicon, Sentence s, Mention m, int i) {
    return i == m.end() - 1 && i - m.start() >= 2 && lexicon.isNameWord(s.tokens().get(i).norm());
  }

  static Mention withValue(Mention m, String key) {
    return new Mention(
        m.sentence(), m.start(), m.end(), m.type(), key, m.kind(), m.surface(), m.source());
  }
}
