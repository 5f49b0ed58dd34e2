package org.netagraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Evidence;
import org.netagraph.model.Holds;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.OfficeRef;
import org.netagraph.model.Token;

/**
 * A title followed by a list of people (the named actions {@code LIST} and {@code COUNTED}), and
 * whether a title is plural.
 */
final class TitleLists {
  private final WordClasses.WordClass plural;
  private final WordClasses.WordClass pluralEndings;
  private final WordClasses.WordClass numbers;
  private final WordClasses.WordClass openers;
  private final WordClasses.WordClass lateOpeners;
  private final WordClasses.WordClass joiners;
  private final WordClasses.WordClass andWord;
  private final WordClasses.WordClass genitive;
  private final WordClasses.WordClass ofFor;
  private final WordClasses.WordClass listColon;
  private final WordClasses.WordClass nameGap;

  TitleLists(Lexicon lexicon) {
    WordClasses wc = lexicon.wordClasses();
    plural = wc.get("plural_word");
    pluralEndings = wc.get("plural_ending");
    numbers = wc.get("number_word");
    openers = wc.get("list_opener");
    lateOpeners = wc.get("late_list_opener");
    joiners = wc.get("list_joiner");
    andWord = wc.get("and_word");
    genitive = wc.get("genitive");
    ofFor = wc.get("state_of");
    listColon = wc.get("count_opener");
    nameGap = wc.get("name_gap");
  }

  /**
   * A plural title: {@code plural_ending} (Ministers, मंत्रियों), or a number or a {@code
   * plural_word} at most three words before it (चार पूर्व मुख्यमंत्री, सभी मंत्री).
   */
  boolean plural(List<Token> toks, Mention o) {
    for (String e : pluralEndings.words()) {
      if (o.surface().endsWith(e)) {
        return true;
      }
    }
    for (int i = Math.max(0, o.start() - 3); i < o.start(); i++) {
      String w = toks.get(i).norm();
      if (numbers.has(w) || plural.has(w) || w.matches("\\d+")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A counted plural title before a dash or colon, followed by exactly that many people in the rest
   * of the sentence, whatever each one's own description: {@code चार पूर्व मुख्यमंत्री शामिल हुए —
   * P के अध्यक्ष A, उनके बेटे B, C और D}. Empty when the count does not match.
   */
  List<Holds> counted(
      FactRules.SentenceView v, Mention o, HoldsReader.Attachment a, Evidence ev, String rule) {
    List<Token> toks = v.sentence().tokens();
    int from = listStart(v, o);
    int n = 0;
    for (int i = Math.max(0, o.start() - 3); i < o.start(); i++) {
      int k = numbers.value(toks.get(i).norm());
      if (k >= 0) {
        n = k;
      }
    }
    boolean opened = false;
    for (int i = o.end(); i < from; i++) {
      opened |= listColon.has(toks.get(i).text());
    }
    boolean needsState = !o.kind().equals("national") && !o.kind().equals("party");
    if (n == 0 || !opened || (needsState && a.office().stateId() == null)) {
      return List.of();
    }
    Set<String> people = new LinkedHashSet<>();
    for (Mention p : v.persons()) {
      if (p.start() >= from) {
        people.add(p.value());
      }
    }
    if (people.size() != n) {
      return List.of();
    }
    List<Holds> out = new ArrayList<>();
    for (String p : people) {
      out.add(new Holds(p, a.office(), a.status(), ev, rule));
    }
    return out;
  }

  /** Where the list after a title begins: past an opener (a dash, a colon, were, including). */
  private int listStart(FactRules.SentenceView v, Mention o) {
    List<Token> toks = v.sentence().tokens();
    boolean plural = plural(toks, o);
    int i = o.end();
    while (i < toks.size() && openers.has(toks.get(i).text()) && plural) {
      i++;
    }
    if (plural && personAfter(v, i) == null) {
      // चार पूर्व मुख्यमंत्री शामिल हुए — A, B ...; the Chief Ministers who spoke were A of X, ...
      for (int k = i; k < Math.min(toks.size(), i + 5); k++) {
        if (Mentions.personAt(v, k) != null) {
          break;
        }
        if (lateOpeners.has(toks.get(k).norm())) {
          i = k + 1;
          break;
        }
      }
    }
    return i;
  }

  /**
   * A title followed by a list of people: {@code Chief Ministers – A of West Bengal, B of Andhra
   * Pradesh and C of Kerala}, or {@code मध्यप्रदेश के मुख्यमंत्री A, बिहार के B, ओडिशा के C}. Each
   * person gets the title with the state written next to them (of STATE, (STATE), STATE के).
   * Without a state next to each name only a plural title is spread over the list, and only for
   * offices that need no state.
   */
  List<Holds> list(
      FactRules.SentenceView v, Mention o, HoldsReader.Attachment a, Evidence ev, String rule) {
    List<Token> toks = v.sentence().tokens();
    boolean plural = plural(toks, o);
    int i = listStart(v, o);
    List<Holds> out = new ArrayList<>();
    boolean first = true;
    while (i < toks.size()) {
      String before = null;
      Mention st = OfficeReader.lexiconAt(v, i);
      if (st != null
          && st.type() == MentionType.STATE
          && st.end() < toks.size()
          && genitive.has(toks.get(st.end()).norm())) {
        before = st.value();
        i = st.end() + 1;
      }
      Mention p = personAfter(v, i);
      if (p == null) {
        break;
      }
      int end = p.end();
      String after = null;
      if (end + 1 < toks.size() && ofFor.has(toks.get(end).norm())) {
        Mention s2 = OfficeReader.lexiconAt(v, end + 1);
        if (s2 != null && s2.type() == MentionType.STATE) {
          after = s2.value();
          end = s2.end();
        }
      } else if (end + 2 < toks.size() && toks.get(end).text().equals("(")) {
        Mention s2 = OfficeReader.lexiconAt(v, end + 1);
        if (s2 != null
            && s2.type() == MentionType.STATE
            && s2.end() < toks.size()
            && toks.get(s2.end()).text().equals(")")) {
          after = s2.value();
          end = s2.end() + 1;
        }
      }
      String state = after != null ? after : before;
      boolean needsState = !o.kind().equals("national") && !o.kind().equals("party");
      if (state != null && needsState) {
        OfficeRef office = new OfficeRef(a.office().title(), state, a.office().partyId());
        out.add(new Holds(p.value(), office, a.status(), ev, rule));
      } else if (plural && (!needsState || a.office().stateId() != null)) {
        out.add(new Holds(p.value(), a.office(), a.status(), ev, rule));
      } else if (!first) {
        break;
      }
      first = false;
      i = end;
      if (i < toks.size() && joiners.has(toks.get(i).norm())) {
        i++;
        if (i < toks.size() && andWord.has(toks.get(i).norm())) {
          i++;
        }
      } else {
        break;
      }
    }
    return out;
  }

  /**
   * The person at {@code i} or after honorifics, a full stop, a dash, a colon or a gloss (at most
   * four of them); else null. The Java twin of the {@code $TO_NAME} macro, for the list reading.
   */
  private Mention personAfter(FactRules.SentenceView v, int i) {
    List<Token> toks = v.sentence().tokens();
    int guard = 0;
    while (i < toks.size() && guard++ < 5) {
      Mention p = Mentions.personAt(v, i);
      if (p != null) {
        return p;
      }
      Mention h = OfficeReader.lexiconAt(v, i);
      if (h != null && h.type() == MentionType.HONORIFIC) {
        i = h.end();
        continue;
      }
      if (nameGap.has(toks.get(i).text())) {
        i++;
        continue;
      }
      int g = Mentions.afterGloss(toks, i);
      if (g > i) {
        i = g; // general secretary (organisation) X
        continue;
      }
      return null;
    }
    return null;
  }
}
