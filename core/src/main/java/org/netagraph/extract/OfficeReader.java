package org.netagraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.OfficeRef;
import org.netagraph.model.Token;

/**
 * Reads an office mention with the words around it, and what office they make (the named action
 * behind every HOLDS rule). The qualifiers are read leftwards over {@code qualifier_link} words
 * (के, की, of, the, 's, सरकार, में): a state or city, a country, a party, portfolios, and the cues
 * पूर्व/former, केंद्रीय/Union, प्रदेश/state, राष्ट्रीय/national; rightwards a {@code former_after}
 * word (विधानसभा के अध्यक्ष रहे X: who had been) and {@code of}/{@code for} a state, country,
 * party, portfolio or city. The phrase from the first qualifier to the last is the office's TITLE,
 * which rules read. The title by office kind ({@code offices.tsv}):
 *
 * <ul>
 *   <li>state offices need a state: the qualifier's, else the article's state;
 *   <li>party posts need a party, else they are no party post (अध्यक्ष of a commission); a state
 *       when one is named, or the article's state for a state unit (प्रदेश अध्यक्ष);
 *   <li>ministers take a portfolio ({@code स्वास्थ्य मंत्री} = Health Minister); केंद्रीय/Union or
 *       a {@code union_only} portfolio makes them national, else the named state, else the
 *       article's state;
 *   <li>officials take the named state or the article's; national offices take none;
 *   <li>a country other than India next to any title makes it that country's office.
 * </ul>
 */
final class OfficeReader {
  private final Lexicon lexicon;
  private final WordClasses.WordClass links;
  private final WordClasses.WordClass portfolioJoiners;
  private final WordClasses.WordClass andWord;
  private final WordClasses.WordClass formerAfter;
  private final WordClasses.WordClass ofFor;
  private final WordClasses.WordClass article;
  private final WordClasses.WordClass capital;
  private final WordClasses.WordClass placeBefore;
  private final WordClasses.WordClass placeAfter;
  private final WordClasses.WordClass stateUnitPrefix;
  private final WordClasses.WordClass partyWords;
  private final Set<String> capitalStates = new java.util.HashSet<>();

  OfficeReader(Lexicon lexicon) {
    this.lexicon = lexicon;
    WordClasses wc = lexicon.wordClasses();
    links = wc.get("qualifier_link");
    portfolioJoiners = wc.get("portfolio_joiner");
    andWord = wc.get("and_word");
    formerAfter = wc.get("former_after");
    ofFor = wc.get("of_for");
    article = wc.get("definite_article");
    capital = wc.get("capital_word");
    placeBefore = wc.get("place_in_before");
    placeAfter = wc.get("place_in_after");
    stateUnitPrefix = wc.get("state_unit_prefix");
    partyWords = wc.get("party_word");
    for (String w : capital.words()) {
      for (Lexicon.Entry e : lexicon.index().exact(w)) {
        if (e.type() == MentionType.STATE) {
          capitalStates.add(e.value());
        }
      }
    }
  }

  /** What the words around an office say. Mutable while it is read, then only read. */
  static final class Quals {
    String country;
    String state;
    String cityState;
    String party;
    String portfolio;
    final List<String> morePortfolios = new ArrayList<>();
    boolean former;
    boolean union;
    boolean stateUnit;
    boolean nationalUnit;
    int left;

    Quals copy() {
      Quals q = new Quals();
      q.country = country;
      q.state = state;
      q.cityState = cityState;
      q.party = party;
      q.portfolio = portfolio;
      q.morePortfolios.addAll(morePortfolios);
      q.former = former;
      q.union = union;
      q.stateUnit = stateUnit;
      q.nationalUnit = nationalUnit;
      q.left = left;
      return q;
    }
  }

  /**
   * An office mention read with its qualifiers: {@code office} is the mention (a counterpart's
   * title resolved), {@code title} the phrase [first qualifier, last word on the right).
   */
  record Phrase(Mention mention, Mention office, Mention title, Quals quals) {
    boolean former() {
      return quals.former;
    }
  }

  /** What the article says around a sentence: its state, and the party it named last before. */
  record Context(String storyState, String party) {}

  /** The office mention read in its sentence, or null (a counterpart with no title before it). */
  Phrase read(FactRules.SentenceView v, Mention o0) {
    List<Token> toks = v.sentence().tokens();
    Mention o = o0;
    if (o.kind().equals("counterpart")) {
      // his Meghalaya counterpart X: the title of the office named before it
      Mention prev = null;
      for (Mention m : v.lexicon()) {
        if (m.type() == MentionType.OFFICE
            && m.end() <= o.start()
            && !m.kind().equals("counterpart")) {
          prev = m;
        }
      }
      if (prev == null) {
        return null;
      }
      o =
          new Mention(
              o.sentence(),
              o.start(),
              o.end(),
              o.type(),
              prev.value(),
              prev.kind(),
              o.surface(),
              o.source());
    }
    Quals q = left(v, o.start(), lexicon.officeHas(o.value(), "seat_before"));
    if (q.state == null && q.cityState == null && q.left >= 2) {
      // Madhya Pradesh Congress president and former Chief Minister X: the second title is of the
      // state the first one's party unit names (not so after a Governor, nor after a post held
      // for another state: पंजाब प्रभारी और पूर्व मुख्यमंत्री X is no Punjab CM)
      Mention prev = lexiconEndingAt(v, q.left - 1);
      if (andWord.has(toks.get(q.left - 1).norm())
          && prev != null
          && prev.type() == MentionType.OFFICE
          && prev.kind().equals("party")
          && !lexicon.officeHas(prev.value(), "other_state")) {
        Quals pq = left(v, prev.start(), false);
        q.state = pq.state;
        q.cityState = pq.cityState;
      }
    }
    if (q.state != null
        && capitalStates.contains(q.state)
        && o.kind().equals("party")
        && q.left < o.start()
        && capitalAsPlace(toks, q.left, o.start())) {
      q.state = null; // दिल्ली में कांग्रेस अध्यक्ष: where, not which unit
    }
    int right = o.end();
    if (right < toks.size() && formerAfter.has(toks.get(right).norm())) {
      q.former = true; // विधानसभा के अध्यक्ष रहे X: who had been
      right++;
    }
    if (right + 1 < toks.size() && ofFor.has(toks.get(right).norm())) {
      int at = right + 1;
      if (at + 1 < toks.size() && article.has(toks.get(at).norm())) {
        at++;
      }
      Mention r = lexiconAt(v, at);
      if (r != null
          && (r.type() == MentionType.STATE
              || r.type() == MentionType.COUNTRY
              || r.type() == MentionType.PARTY
              || r.type() == MentionType.PORTFOLIO
              || r.type() == MentionType.CITY)) {
        apply(q, r);
        right = r.end();
      }
    }
    Mention title =
        new Mention(
            o.sentence(),
            q.left,
            right,
            MentionType.OFFICE,
            o.value(),
            o.kind(),
            v.sentence().span(q.left, right),
            "title");
    return new Phrase(o0, o, title, q);
  }

  /**
   * The office the phrase names once its holder's status is known, with the offices of its other
   * portfolios ({@code पर्यावरण व पर्यटन मंत्री}); the first is null when the words make no office.
   */
  List<OfficeRef> offices(FactRules.SentenceView v, Phrase p, Context cx) {
    Mention o = p.office();
    Quals q = p.quals().copy();
    if (o.kind().equals("party")
        && stateUnitPrefix.has(
            org.netagraph.text.TextNormalizer.matchForm(o.surface()).toLowerCase(Locale.ROOT))) {
      q.stateUnit = true; // प्रदेश अध्यक्ष, प्रदेशाध्यक्ष: the office phrase carries the unit
    }
    if (q.party == null && o.kind().equals("party")) {
      q.party = nearestPartyBefore(v, o.start(), 12);
    }
    if (q.party == null && o.kind().equals("party") && partyFromContext(v, o, q)) {
      String earlier = null;
      for (Mention m : v.lexicon()) {
        if (m.type() == MentionType.PARTY && m.end() <= o.start()) {
          earlier = m.value();
        }
      }
      q.party = earlier != null ? earlier : cx.party();
    }
    List<OfficeRef> out = new ArrayList<>();
    out.add(office(o, q, cx.storyState()));
    for (String extra : q.morePortfolios) {
      Quals q2 = new Quals();
      q2.portfolio = extra;
      q2.state = q.state;
      q2.cityState = q.cityState;
      q2.union = q.union;
      OfficeRef r = office(o, q2, cx.storyState());
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * A party post with no party in its sentence takes the party the article named last when the post
   * can only be a party's ({@code party_only}), when the sentence says "the party" just before it
   * (पार्टी के अध्यक्ष, the party's president), or for a state unit's post (प्रदेश अध्यक्ष, प्रदेश
   * प्रभारी). Otherwise it stays no party post: the प्रभारी of a ward, the अध्यक्ष of a commission.
   */
  private boolean partyFromContext(FactRules.SentenceView v, Mention o, Quals q) {
    if (lexicon.officeHas(o.value(), "party_only") || q.stateUnit || q.nationalUnit) {
      return true;
    }
    List<Token> toks = v.sentence().tokens();
    for (int i = Math.max(0, Math.min(q.left, o.start()) - 3); i < o.start(); i++) {
      if (partyWords.has(toks.get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  private OfficeRef office(Mention o, Quals q, String storyState) {
    String title =
        q.portfolio != null && lexicon.officeHas(o.value(), "takes_portfolio")
            ? q.portfolio + " " + o.value()
            : o.value();
    if (q.country != null && !q.country.equals(OfficeRef.INDIA) && !o.kind().equals("party")) {
      // ब्रिटेन के स्वास्थ्य मंत्री, the US President: that country's office, never a state's
      return OfficeRef.abroad(title, q.country);
    }
    String state = q.state != null ? q.state : q.cityState;
    switch (o.kind()) {
      case "state":
        state = state != null ? state : storyState;
        return state == null ? null : new OfficeRef(o.value(), state, null);
      case "national":
        return new OfficeRef(o.value(), null, null);
      case "party":
        if (q.party == null) {
          return null;
        }
        String unit =
            q.state != null ? q.state : (q.stateUnit && !q.nationalUnit ? storyState : null);
        return new OfficeRef(o.value(), unit, q.party);
      case "minister":
        boolean union =
            q.union || (q.portfolio != null && lexicon.portfolioHas(q.portfolio, "union_only"));
        String scope = union ? null : (state != null ? state : storyState);
        return new OfficeRef(title, scope, null);
      case "official":
        return new OfficeRef(o.value(), state != null ? state : storyState, null);
      default:
        return null;
    }
  }

  /**
   * The capital written as a place (दिल्ली में, in Delhi) among the qualifiers {@code [from, to)}.
   */
  private boolean capitalAsPlace(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = toks.get(i).norm();
      if ((capital.has(w) && i + 1 < to && placeAfter.has(toks.get(i + 1).norm()))
          || (placeBefore.has(w) && i + 1 < to && capital.has(toks.get(i + 1).norm()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The qualifiers left of an office; {@code constituency} lets one unknown word stand before the
   * title (the Kaliabor MP, बुधनी विधायक).
   */
  Quals left(FactRules.SentenceView v, int officeStart, boolean constituency) {
    Quals q = new Quals();
    List<Token> toks = v.sentence().tokens();
    int i = officeStart - 1;
    q.left = officeStart;
    int steps = 0;
    boolean unknownUsed = !constituency;
    while (i >= 0 && steps < 8) {
      steps++;
      if (q.portfolio != null && portfolioJoiners.has(toks.get(i).norm()) && i > 0) {
        Mention prev = lexiconEndingAt(v, i);
        if (prev != null && prev.type() == MentionType.PORTFOLIO) {
          i--;
          continue;
        }
      }
      if (Mentions.personEndingAt(v, i + 1) != null) {
        break;
      }
      Mention m = lexiconEndingAt(v, i + 1);
      if (m != null && m.type() != MentionType.OFFICE && m.type() != MentionType.PERSON) {
        if (!apply(q, m)) {
          break;
        }
        i = m.start() - 1;
        q.left = m.start();
        continue;
      }
      if (links.has(toks.get(i).norm())) {
        i--;
        continue;
      }
      if (!unknownUsed && toks.get(i).isWord() && Mentions.personEndingAt(v, i + 1) == null) {
        unknownUsed = true;
        q.left = i;
        i--;
        continue;
      }
      break;
    }
    return q;
  }

  /** Records a qualifier; false if the mention is not one (then the scan stops). */
  private static boolean apply(Quals q, Mention m) {
    switch (m.type()) {
      case STATE:
        if (q.state == null) {
          q.state = m.value();
        }
        return true;
      case CITY:
        if (q.cityState == null) {
          q.cityState = m.value();
        }
        return true;
      case COUNTRY:
        if (q.country == null) {
          q.country = m.value();
        }
        return true;
      case PARTY:
        if (q.party == null) {
          q.party = m.value();
        }
        return true;
      case PORTFOLIO:
        if (q.portfolio == null) {
          q.portfolio = m.value();
        } else if (!q.portfolio.equals(m.value())) {
          q.morePortfolios.add(0, q.portfolio); // read leftwards: पर्यावरण व पर्यटन मंत्री
          q.portfolio = m.value();
        }
        return true;
      case HONORIFIC:
        return true;
      case CUE:
        switch (m.value()) {
          case "former":
            q.former = true;
            return true;
          case "union":
            q.union = true;
            return true;
          case "state_unit":
            q.stateUnit = true;
            return true;
          case "national_unit":
            q.nationalUnit = true;
            return true;
          case "deputy":
            return true;
          default:
            return false;
        }
      default:
        return false;
    }
  }

  /**
   * The party named last before {@code start} in the sentence, at most {@code window} tokens back.
   * A person between them does not stop it: in {@code भाजपा नेता X और प्रवक्ता Y} the party still
   * governs the list; only the sentence's end does.
   */
  private static String nearestPartyBefore(FactRules.SentenceView v, int start, int window) {
    String party = null;
    int at = -1;
    for (Mention m : v.lexicon()) {
      if (m.type() == MentionType.PARTY
          && m.end() <= start
          && start - m.end() <= window
          && m.start() > at) {
        party = m.value();
        at = m.start();
      }
    }
    return party;
  }

  static Mention lexiconAt(FactRules.SentenceView v, int i) {
    for (Mention m : v.lexicon()) {
      if (m.start() == i && m.type() != MentionType.PERSON) {
        return m;
      }
    }
    return null;
  }

  static Mention lexiconEndingAt(FactRules.SentenceView v, int end) {
    for (Mention m : v.lexicon()) {
      if (m.end() == end && m.type() != MentionType.PERSON) {
        return m;
      }
    }
    return null;
  }
}
