package org.netagraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * A person must be a person: the person mentions the finders propose in Devanagari (cue patterns,
 * the recogniser) are weighed word by word before the resolver sees them. Each word is
 *
 * <ul>
 *   <li>a <b>name word</b>: of a listed person, of the given-name and surname lists, or of the
 *       election candidates' names ({@code name-words-hi.tsv});
 *   <li>a <b>common word</b>: used as an ordinary word in labelled running text ({@code
 *       common-words-hi.tsv}; वायरस, रिपोर्ट, जारी, जुलूस), and no name word;
 *   <li>a <b>blocker</b>: covered by another lexicon mention (a title, a descriptor such as किसान
 *       or वर्षीय, a place, a party, a country), or ending as no name does (an oblique plural:
 *       बदमाशों);
 *   <li>or <b>unknown</b>.
 * </ul>
 *
 * Blockers are trimmed from both edges ({@code प्रबंधक X Y}), common words from the end ({@code X Y
 * रवाना}: a name may begin with an ordinary word, हार्दिक, स्वतंत्र); a blocker inside drops the
 * mention. What is left is a person when it has a name word that is no common word, or two words or
 * more none of them common (a foreign name: मैट हैनकॉक), or one word right after a title or
 * honorific that says a person follows ({@code मुख्यमंत्री X}, {@code श्री X}). Otherwise the words
 * are ordinary words and the mention is dropped. Mentions of listed people, and Latin-script
 * mentions, pass as they are.
 */
final class PersonVetting {
  private final Lexicon lexicon;

  PersonVetting(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The mentions of one sentence with its proposed persons vetted. */
  List<Mention> vet(Sentence s, List<Mention> found) {
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      if (m.type() != MentionType.PERSON
          || m.source().equals(LexiconFinder.LAYER)
          || !s.tokens().get(m.start()).isDevanagari()) {
        out.add(m);
        continue;
      }
      Mention v = vetted(s, found, m);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private enum Kind {
    NAME,
    COMMON,
    FREQUENT,
    BLOCKER,
    UNKNOWN,
    MARK
  }

  private Kind kind(Sentence s, List<Mention> found, int i) {
    Token t = s.tokens().get(i);
    if (!t.isWord()) {
      return t.text().equals(".") ? Kind.MARK : Kind.BLOCKER;
    }
    boolean name = lexicon.isNameWord(t.norm());
    if (NameWords.covered(found, i)
        || (!name && lexicon.endsAsNoName(t.norm()))
        || describes(t.norm())) {
      return Kind.BLOCKER; // ढिल्लों ends like an oblique plural but is a surname
    }
    if (givenBeforeSurname(s, found, i)) {
      return Kind.NAME; // दिशा रावत, पूजा दास: an ordinary word that is a given name too
    }
    if (lexicon.isCommonWord(t.norm()) && !name) {
      return lexicon.isFrequentWord(t.norm()) ? Kind.FREQUENT : Kind.COMMON;
    }
    return name ? Kind.NAME : Kind.UNKNOWN;
  }

  private Mention vetted(Sentence s, List<Mention> found, Mention m) {
    int start = m.start();
    int end = m.end();
    if (constituencyOfLegislator(s, found, end)) {
      return null; // X के सांसद: X is a constituency
    }
    if (thingBefore(s, start)) {
      return null; // फिल्म X, आईएनएस X, ऑपरेशन X: a film, a ship, an operation
    }
    if (worshipped(s, start, end)) {
      return null; // माता वैष्णो देवी, बाबा बर्फानी के दर्शन: a deity or a shrine
    }
    if (quoted(s, start, end)) {
      return null; // फिल्म 'X Y': the title of a work
    }
    if (institutionAfterBrackets(s, found, end)) {
      return null; // X Y (एक्सवाई) अस्पताल: the hospital's name
    }
    if (end - start >= 2 && (seatFollows(s, end) || constituencyOfContest(s, start, end))) {
      end--; // X Y सीट से जीते, X Y से जीते, X Y में हारे: Y is the seat
    }
    while (start < end && trimmedAtStart(s, found, start, end)) {
      start++;
    }
    while (end > start && edge(kind(s, found, end - 1))) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    int words = 0;
    boolean strongName = false;
    for (int i = start; i < end; i++) {
      Kind k = kind(s, found, i);
      if (k == Kind.BLOCKER) {
        return null;
      }
      if (k == Kind.MARK) {
        continue;
      }
      words++;
      String norm = s.tokens().get(i).norm();
      strongName |=
          k == Kind.NAME
              && !lexicon.isCommonWord(norm)
              && !lexicon.isStronglyCommon(norm)
              && !initial(s, i);
    }
    boolean person =
        strongName
            || (words >= 2 && noCommonWord(s, found, start, end))
            || (words >= 1 && titleBefore(found, start))
            || (words == 1
                && CuePersonFinder.IDENTIFYING_KINDS.contains(m.kind())
                && noCommonWord(s, found, start, end))
            || (words == 1
                && noCommonWord(s, found, start, end)
                && agentAfter(s, end)
                && !possessed(s, start)
                && !organisationBefore(found, start));
    if (!person) {
      return null;
    }
    if (start == m.start() && end == m.end()) {
      return m;
    }
    String surface = s.span(start, end);
    return new Mention(m.sentence(), start, end, m.type(), surface, m.kind(), surface, m.source());
  }

  /**
   * A party, state, city or country names right before the word: {@code कांग्रेस आलाकमान ने},
   * {@code हरियाणा रोडवेज ने}, one of its bodies.
   */
  private static boolean organisationBefore(List<Mention> found, int start) {
    for (Mention c : found) {
      if (c.end() == start
          && (c.type() == MentionType.PARTY
              || c.type() == MentionType.STATE
              || c.type() == MentionType.CITY
              || c.type() == MentionType.COUNTRY)) {
        return true;
      }
    }
    return false;
  }

  /** A genitive stands right before: {@code X की खंडपीठ ने}, a thing someone has. */
  private boolean possessed(Sentence s, int start) {
    return start > 0 && lexicon.wordClass("case_marker").contains(s.tokens().get(start - 1).norm());
  }

  /** A word that names what follows as a thing stands right before (after a quote mark). */
  private boolean thingBefore(Sentence s, int start) {
    if (lexicon.wordClass("thing_before").contains(s.tokens().get(start).norm())) {
      return true; // the span took the word in: आईएनएस X
    }
    int i = start - 1;
    if (i >= 0 && lexicon.wordClass("quote").contains(s.tokens().get(i).norm())) {
      i--;
    }
    return i >= 0 && lexicon.wordClass("thing_before").contains(s.tokens().get(i).norm());
  }

  /**
   * Worship follows ({@code X के दर्शन}, {@code X की आराधना}: {@code worship_after}), or a word
   * that names a deity stands before ({@code माता X}, {@code भगवान X}: {@code deity_before}) and is
   * no one's relative (उनकी माता X, नरेश की 58 वर्षीय मां X: a genitive or a possessive up to three
   * words before it).
   */
  private boolean worshipped(Sentence s, int start, int end) {
    if (lexicon.wordClasses().get("worship_after").phraseAt(s.tokens(), end) > end) {
      return true;
    }
    int d =
        lexicon.wordClass("deity_before").contains(s.tokens().get(start).norm())
            ? start
            : start - 1;
    if (d < 0 || !lexicon.wordClass("deity_before").contains(s.tokens().get(d).norm())) {
      return false;
    }
    for (int i = d - 1; i >= Math.max(0, d - 3); i--) {
      String before = s.tokens().get(i).norm();
      if (lexicon.wordClass("case_marker").contains(before)
          || lexicon.wordClass("possessive").contains(before)) {
        return false; // नरेश की 58 वर्षीय मां कमला देवी: his mother
      }
    }
    return true;
  }

  /** The mention is all that stands between two quote marks. */
  private boolean quoted(Sentence s, int start, int end) {
    Set<String> q = lexicon.wordClass("quote");
    return start > 0
        && end < s.size()
        && q.contains(s.tokens().get(start - 1).norm())
        && q.contains(s.tokens().get(end).norm());
  }

  /** A bracketed short form, then an institution word: {@code X (एबीसी) अस्पताल}. */
  private boolean institutionAfterBrackets(Sentence s, List<Mention> found, int end) {
    if (end >= s.size()
        || !lexicon.wordClass("bracket_open").contains(s.tokens().get(end).norm())) {
      return false;
    }
    for (int i = end + 1; i < Math.min(s.size(), end + 6); i++) {
      if (lexicon.wordClass("bracket_close").contains(s.tokens().get(i).norm())) {
        for (Mention c : found) {
          if (c.start() == i + 1 && MentionPicker.isInstitution(c)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** A seat word follows, at most two words on ({@code X Y (सेंट्रल) सीट}). */
  private boolean seatFollows(Sentence s, int end) {
    for (int i = end; i < Math.min(s.size(), end + 3); i++) {
      Token t = s.tokens().get(i);
      if (lexicon.wordClass("place_after").contains(t.norm())) {
        // right before the seat word the last word is the seat; further back only if it is no
        // name word (सुरेश पटेल | अमरपुर सीट: the finder stopped before the seat's name)
        return i == end || !lexicon.isNameWord(s.tokens().get(end - 1).norm());
      }
      if (!t.isWord() || lexicon.isStopword(t.norm()) || lexicon.isFrequentWord(t.norm())) {
        return false; // X ने विधानसभा ...: the clause has moved on
      }
    }
    return false;
  }

  /**
   * An election result: the name's last word, no name word itself, is followed by से and a win
   * later in the clause ({@code X Y से जीते}: won from Y), or by में / पर and a win or a loss
   * ({@code X Y में हारे}), or by से and a loss after a surname ({@code X चटर्जी Y से हारीं}).
   * {@code X से हारे} alone is left be: lost to X, a person.
   */
  private boolean constituencyOfContest(Sentence s, int start, int end) {
    if (end >= s.size() || lexicon.isNameWord(s.tokens().get(end - 1).norm())) {
      return false;
    }
    String after = s.tokens().get(end).norm();
    boolean from = lexicon.wordClass("ablative").contains(after);
    boolean in = lexicon.wordClass("locative").contains(after);
    if (!from && !in) {
      return false;
    }
    // लॉकेट चटर्जी चुंचुड़ा से हारीं: after a surname, an unknown word before से is the seat
    boolean seatAfterSurname =
        end - start >= 3 && lexicon.isNameWord(s.tokens().get(end - 2).norm());
    // अभिमन्यु नारनौंद से, ओमप्रकाश धनखड़ बादली से हार गए: a list of losers and their seats
    boolean listed = from && end + 1 < s.size() && s.tokens().get(end + 1).text().equals(",");
    for (int i = end + 1; i < Math.min(s.size(), end + 12); i++) {
      Token t = s.tokens().get(i);
      if (lexicon.wordClass("contest_win").contains(t.norm())) {
        return true;
      }
      if ((in || seatAfterSurname || listed)
          && lexicon.wordClass("contest_lose").contains(t.norm())) {
        return true;
      }
      if (!t.isWord() && !t.text().equals("-") && !t.text().equals(",")) {
        return false; // the clause ends; a comma goes on to the next loser (X Y से, Z W से हारे)
      }
    }
    return false;
  }

  /** {@code X के सांसद}, {@code X की पार्षद}: what stands before is the constituency. */
  private boolean constituencyOfLegislator(Sentence s, List<Mention> found, int end) {
    if (end + 1 >= s.size()
        || !lexicon.wordClass("case_marker").contains(s.tokens().get(end).norm())) {
      return false;
    }
    for (Mention c : found) {
      if (c.start() == end + 1
          && c.type() == MentionType.OFFICE
          && lexicon.officeHas(c.value(), "legislator")
          && c.surface().equals(s.tokens().get(end + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name may begin with a word that is also an ordinary word (हार्दिक, स्वतंत्र, धन): only
   * blockers are trimmed at the start.
   */
  /**
   * The word is an ordinary word that is a given name too ({@code given_name_common}: दिशा, पूजा,
   * किरण) and a surname follows it ({@link GivenNameFinder#surnameAfterOrdinaryGiven}).
   */
  private boolean givenBeforeSurname(Sentence s, List<Mention> found, int i) {
    if (!lexicon.wordClass("given_name_common").contains(s.tokens().get(i).norm())
        || i + 1 >= s.size()
        || NameWords.covered(found, i + 1)) {
      return false;
    }
    return GivenNameFinder.surnameAfterOrdinaryGiven(lexicon, s.tokens().get(i + 1));
  }

  private static boolean leadingEdge(Kind k) {
    return k == Kind.BLOCKER || k == Kind.MARK || k == Kind.FREQUENT;
  }

  private static boolean edge(Kind k) {
    return k == Kind.BLOCKER || k == Kind.COMMON || k == Kind.FREQUENT || k == Kind.MARK;
  }

  /**
   * The words from {@code from} to {@code end} are a whole name on their own: two words or more, a
   * given name first that is no common word, and no common word after it.
   */
  private boolean strongNameFrom(Sentence s, List<Mention> found, int from, int end) {
    if (end - from < 2
        || kind(s, found, from) != Kind.NAME
        || !lexicon.isGivenName(s.tokens().get(from).norm())) {
      return false;
    }
    String norm = s.tokens().get(from).norm();
    return !lexicon.isStronglyCommon(norm) && noCommonWord(s, found, from, end);
  }

  /**
   * The first word goes: a blocker or a frequent word; an ordinary word before a name that stands
   * on its own (अभियोजक X Y); a verb of winning or losing, no name word, before more (सीट से जीते
   * X).
   */
  private boolean trimmedAtStart(Sentence s, List<Mention> found, int start, int end) {
    Kind k = kind(s, found, start);
    if (leadingEdge(k)) {
      return true;
    }
    if (k == Kind.COMMON && strongNameFrom(s, found, start + 1, end)) {
      return true;
    }
    String norm = s.tokens().get(start).norm();
    return end - start >= 2
        && k != Kind.NAME
        && (lexicon.wordClass("contest_win").contains(norm)
            || lexicon.wordClass("contest_lose").contains(norm));
  }

  private static boolean initial(Sentence s, int i) {
    return s.tokens().get(i).text().codePointCount(0, s.tokens().get(i).text().length()) <= 2;
  }

  private boolean noCommonWord(Sentence s, List<Mention> found, int start, int end) {
    for (int i = start; i < end; i++) {
      Kind k = kind(s, found, i);
      if (k == Kind.COMMON || k == Kind.FREQUENT) {
        return false;
      }
    }
    return true;
  }

  /** A compound of descriptors ({@code अभिनेता-निर्देशक}): it describes, it does not name. */
  private boolean describes(String norm) {
    if (norm.indexOf('-') <= 0) {
      return false;
    }
    for (String part : norm.split("-")) {
      if (!lexicon.wordClass("descriptor").contains(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The agent marker follows ({@code X ने}), or a list joiner and at most three more words before
   * it ({@code X और Y Z ने}): the word is a doer of the clause.
   */
  private boolean agentAfter(Sentence s, int end) {
    Set<String> agent = lexicon.wordClass("agent_marker");
    if (end < s.size() && agent.contains(s.tokens().get(end).norm())) {
      return true;
    }
    if (end >= s.size() || !lexicon.wordClass("list_joiner").contains(s.tokens().get(end).norm())) {
      return false;
    }
    for (int i = end + 1; i < Math.min(s.size(), end + 5); i++) {
      Token t = s.tokens().get(i);
      if (agent.contains(t.norm())) {
        return i > end + 1;
      }
      if (!t.isWord()) {
        return false;
      }
    }
    return false;
  }

  /** An office or a prefix honorific ends right before {@code start} (a person follows). */
  private static boolean titleBefore(List<Mention> found, int start) {
    for (Mention c : found) {
      if (c.end() == start
          && (c.type() == MentionType.OFFICE
              || (c.type() == MentionType.HONORIFIC
                  && c.kind().equals("prefix")
                  && !c.value().equals("age")))) {
        return true; // an age (45 वर्षीय) is said of a name, but also of an ऑटो चालक
      }
    }
    return false;
  }
}
