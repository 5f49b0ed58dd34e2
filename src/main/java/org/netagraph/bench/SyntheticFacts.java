package org.netagraph.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Evidence;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.OfficeRef;
import org.netagraph.model.PersonEntity;
import org.netagraph.model.Status;

/**
 * Planted facts without text, for measuring the writer on a graph of a million relationships
 * without extracting a million relationships' worth of articles: each synthetic article names a
 * handful of persons drawn from a large pool (a few "stars" named in a tenth of all articles, so
 * some facts collect thousands of evidence entries, as the Prime Minister's do in real news), one
 * or two states, a party, offices they hold and meetings between them. Generated lazily, so the
 * bench never holds the corpus. The same seed gives the same facts.
 */
public final class SyntheticFacts implements Iterable<ArticleFacts> {
  /** Relationships one article adds, roughly (mentions, holds, met; the OF edges are few). */
  static final int RELS_PER_ARTICLE = 17;

  /** The rule id of the facts made up here: they come from no rule. */
  static final String SYNTHETIC = "bench.synthetic";

  private static final String[] TITLES = {
    "Chief Minister", "Minister", "Deputy Chief Minister", "MLA", "MP", "Speaker"
  };
  private static final String[] PARTY_TITLES = {"President", "General Secretary", "Spokesperson"};
  private static final int STARS = 20;

  private final int articles;
  private final long seed;
  private final int people;
  private final List<String> stateIds;
  private final List<String> partyIds;

  /** Enough articles for about {@code relationships} relationships. */
  public static SyntheticFacts forRelationships(Lexicon lexicon, long relationships, long seed) {
    int n = (int) Math.max(1, relationships / RELS_PER_ARTICLE);
    return new SyntheticFacts(lexicon, n, seed);
  }

  public SyntheticFacts(Lexicon lexicon, int articles, long seed) {
    this.articles = articles;
    this.seed = seed;
    this.people = Math.max(100, articles * 2);
    this.stateIds = new ArrayList<>(lexicon.states().keySet());
    this.partyIds = new ArrayList<>();
    for (Lexicon.Party p : lexicon.parties().values()) {
      partyIds.add(p.id());
    }
    stateIds.sort(null);
    partyIds.sort(null);
  }

  public int articles() {
    return articles;
  }

  @Override
  public Iterator<ArticleFacts> iterator() {
    Random r = new Random(seed);
    return new Iterator<>() {
      int i = 0;

      @Override
      public boolean hasNext() {
        return i < articles;
      }

      @Override
      public ArticleFacts next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return article(i++, r);
      }
    };
  }

  private ArticleFacts article(int i, Random r) {
    String id = String.format(Locale.ROOT, "planted-%07d", i);
    String date =
        String.format(
            Locale.ROOT,
            "20%02d-%02d-%02d",
            18 + r.nextInt(7),
            1 + r.nextInt(12),
            1 + r.nextInt(28));
    Article a =
        new Article(
            id, id + ".txt", date, "Delhi", Integer.toHexString(r.nextInt()) + "-" + id, "");
    Set<Integer> who = new LinkedHashSet<>();
    if (r.nextInt(10) == 0) {
      who.add(r.nextInt(STARS));
    }
    while (who.size() < 6) {
      who.add(STARS + r.nextInt(people - STARS));
    }
    List<PersonEntity> persons = new ArrayList<>();
    for (int p : who) {
      persons.add(person(p, r));
    }
    String state = stateIds.get(r.nextInt(stateIds.size()));
    String party = partyIds.get(r.nextInt(partyIds.size()));
    List<String> states =
        r.nextBoolean() ? List.of(state) : List.of(state, stateIds.get(r.nextInt(stateIds.size())));
    if (states.size() == 2 && states.get(0).equals(states.get(1))) {
      states = List.of(state);
    }
    List<Holds> holds = new ArrayList<>();
    List<PersonEntity> ps = persons;
    for (int k = 0; k < 3; k++) {
      PersonEntity p = ps.get(k);
      OfficeRef o;
      int who0 = Integer.parseInt(p.key().substring(1));
      if (who0 < STARS) {
        o = new OfficeRef(TITLES[who0 % TITLES.length], stateIds.get(who0 % stateIds.size()), null);
      } else if (k == 2) {
        o = new OfficeRef(PARTY_TITLES[r.nextInt(PARTY_TITLES.length)], null, party);
      } else {
        o = new OfficeRef(TITLES[r.nextInt(TITLES.length)], state, null);
      }
      Status s = r.nextInt(5) == 0 ? Status.FORMER : Status.CURRENT;
      holds.add(
          new Holds(
              p.key(),
              o,
              s,
              new Evidence(id, sentence(p.name() + " holds " + o.title(), i, r), date),
              SYNTHETIC));
    }
    List<Met> met = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      int x = r.nextInt(ps.size());
      int y = (x + 1 + r.nextInt(ps.size() - 1)) % ps.size();
      Met m =
          Met.of(
              ps.get(x).key(),
              ps.get(y).key(),
              new Evidence(id, sentence(ps.get(x).name() + " met " + ps.get(y).name(), i, r), date),
              SYNTHETIC);
      boolean dup = false;
      for (Met e : met) {
        dup |= e.a().equals(m.a()) && e.b().equals(m.b());
      }
      if (!dup) {
        met.add(m);
      }
    }
    List<String> partyMentions = List.of(party);
    return new ArticleFacts(a, persons, states, partyMentions, holds, met);
  }

  /**
   * A person as one article names it: romanised from Hindi a quarter of the time (another spelling,
   * a worse source).
   */
  private static PersonEntity person(int p, Random r) {
    PersonEntity.NameSource src =
        r.nextInt(4) == 0 ? PersonEntity.NameSource.ROMANIZED : PersonEntity.NameSource.LEXICON;
    String surname = src == PersonEntity.NameSource.ROMANIZED ? "Kumaar" : "Kumar";
    String name = "Neta " + p + " " + surname;
    String id = "neta-" + p + "-" + surname.toLowerCase(Locale.ROOT);
    List<String> aliases = r.nextInt(3) == 0 ? List.of("नेता " + p + " कुमार") : List.of();
    return new PersonEntity(id, "k" + p, name, aliases, src);
  }

  private static String sentence(String core, int i, Random r) {
    return core + ", the report said on day " + i + " (" + Integer.toHexString(r.nextInt()) + ").";
  }
}
