package org.netagraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Holds;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.OfficeRef;

/**
 * Offices carry their country: a title read without a country next to it ({@code राष्ट्रपति X},
 * {@code the Prime Minister}) is India's only when nothing says its holder is of another country.
 * The rule, for each office of the article that is no party post and has no country:
 *
 * <ol>
 *   <li>a holder known to be of another country ({@code foreign-persons.tsv}), or given an office
 *       of another country elsewhere in the article ({@code ब्रिटिश प्रधानमंत्री X}), holds that
 *       country's office of the title;
 *   <li>an unknown holder (in no lexicon) in a sentence that names exactly one other country and
 *       nothing Indian (India, a state, a city, a party, a known Indian) holds that country's
 *       office, even where the story's state was given to it (न्यूयॉर्क के गवर्नर in a story
 *       datelined in Patna);
 *   <li>an unknown holder in a sentence that names another country and also something Indian is
 *       undecided: a national office is left out rather than given to a possible foreigner, a
 *       state's office (its state named in the sentence or the story's) is kept;
 *   <li>otherwise the office is India's.
 * </ol>
 *
 * The office's title loses {@code of India} abroad ({@code President}).
 */
final class OfficeCountries {
  private final Lexicon lexicon;

  OfficeCountries(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  FactRules.Facts scope(FactRules.Facts facts, List<FactRules.SentenceView> views) {
    Map<String, String> nationality = new HashMap<>();
    for (Holds h : facts.holds()) {
      if (h.office().countryId() != null) {
        nationality.putIfAbsent(h.personKey(), h.office().countryId());
      }
    }
    Map<String, FactRules.SentenceView> bySentence = new HashMap<>();
    for (FactRules.SentenceView v : views) {
      bySentence.putIfAbsent(v.sentence().text(), v);
    }
    Map<String, Holds> out = new LinkedHashMap<>();
    for (Holds h : facts.holds()) {
      OfficeRef o = h.office();
      if (o.countryId() != null || o.partyId() != null) {
        keep(out, h);
        continue;
      }
      Lexicon.Person known = lexicon.personByKey(h.personKey());
      String country =
          known != null && known.foreign() ? known.countryId() : nationality.get(h.personKey());
      if (country == null && known == null) {
        FactRules.SentenceView v = bySentence.get(h.evidence().sentence());
        Set<String> abroad = v == null ? Set.of() : foreignCountries(v);
        if (!abroad.isEmpty() && indianNamed(v)) {
          if (o.stateId() == null) {
            continue; // undecided: rather no office than a foreigner holding India's
          }
        } else if (abroad.size() == 1) {
          country = abroad.iterator().next(); // the state was the story's, not the sentence's
        }
      }
      if (country == null) {
        keep(out, h);
      } else {
        keep(out, h.withOffice(OfficeRef.abroad(o.title(), country)));
      }
    }
    return new FactRules.Facts(new ArrayList<>(out.values()), facts.met());
  }

  private static void keep(Map<String, Holds> out, Holds h) {
    out.putIfAbsent(h.personKey() + "|" + h.office().id() + "|" + h.status(), h);
  }

  private static Set<String> foreignCountries(FactRules.SentenceView v) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : v.lexicon()) {
      if (m.type() == MentionType.COUNTRY && !m.value().equals(OfficeRef.INDIA)) {
        out.add(m.value());
      }
    }
    return out;
  }

  /** The sentence names India, a state, a city, a party or a known Indian. */
  private boolean indianNamed(FactRules.SentenceView v) {
    for (Mention m : v.lexicon()) {
      switch (m.type()) {
        case STATE, CITY, PARTY:
          return true;
        case COUNTRY:
          if (m.value().equals(OfficeRef.INDIA)) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    for (Mention p : v.persons()) {
      Lexicon.Person known = lexicon.personByKey(p.value());
      if (known != null && !known.foreign()) {
        return true;
      }
    }
    return false;
  }
}
