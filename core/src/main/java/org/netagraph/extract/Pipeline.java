package org.netagraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.netagraph.extract.rules.RuleSet;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.lexicon.WordClasses;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.text.SentenceSplitter;

/**
 * The whole extraction, article in, facts out: sentences, mention finders in order, the person
 * resolver and the fact rules. Built from {@code models/} alone; immutable and thread-safe, so one
 * instance serves every worker thread (and, past one machine, every executor).
 */
public final class Pipeline {
  private final Lexicon lexicon;
  private final List<MentionFinder> finders;
  private final PersonResolver resolver;
  private final FactRules rules;
  private final OfficeCountries countries;
  private final StoryStates storyStates;
  private final PersonVetting vetting;
  private final Initials initials;
  private final NameTails tails;
  private final FusedWords fused;

  private Pipeline(Lexicon lexicon, RuleSet ruleSet, List<MentionFinder> finders) {
    this.lexicon = lexicon;
    this.rules = new FactRules(lexicon, ruleSet);
    this.countries = new OfficeCountries(lexicon);
    this.storyStates = new StoryStates(lexicon);
    this.vetting = new PersonVetting(lexicon);
    this.initials = new Initials(lexicon);
    this.tails = new NameTails(lexicon);
    this.finders = List.copyOf(finders);
    this.resolver = new PersonResolver(lexicon);
    this.fused = new FusedWords(lexicon);
  }

  /** Starts a pipeline over the given lexicon and rules. */
  public static Builder builder(Lexicon lexicon, RuleSet rules) {
    return new Builder(lexicon, rules);
  }

  /** The standard pipeline: lexicon, the given Latin-script finder (if any), cues. */
  public static Pipeline standard(ModelSource models, MentionFinder latinFinder) {
    return standard(models, latinFinder, Set.of());
  }

  /**
   * The standard pipeline without the rules of these ids ({@code --disable}); an unknown id is a
   * usage error.
   */
  public static Pipeline standard(
      ModelSource models, MentionFinder latinFinder, Set<String> disabledRules) {
    Lexicon lexicon = Lexicon.load(models);
    RuleSet rules = FactRules.loadRules(models, lexicon).disable(disabledRules);
    Builder b = builder(lexicon, rules).add(new LexiconFinder(lexicon));
    if (latinFinder != null) {
      b.add(latinFinder);
    }
    if (models.exists(HindiNerFinder.MODEL)) {
      b.add(new HindiNerFinder(HindiNerFinder.load(models), lexicon));
    }
    return b.add(new GivenNameFinder(lexicon)).add(new CuePersonFinder(lexicon)).build();
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * The cross-script identity key persons are merged on, for a name given alone ({@code कमलनाथ} and
   * {@code Kamal Nath} have one): see {@link PersonResolver#keyOf}.
   */
  public String personKey(String name) {
    return resolver.keyOf(name);
  }

  /** The rules the facts are read by. */
  public RuleSet rules() {
    return rules.ruleSet();
  }

  public List<String> finderNames() {
    List<String> out = new ArrayList<>();
    for (MentionFinder f : finders) {
      out.add(f.name());
    }
    return out;
  }

  /** Assembles finders and checks that each one's needs are met by those before it. */
  public static final class Builder {
    private final Lexicon lexicon;
    private final RuleSet rules;
    private final List<MentionFinder> finders = new ArrayList<>();

    private Builder(Lexicon lexicon, RuleSet rules) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Builder add(MentionFinder f) {
      finders.add(Objects.requireNonNull(f, "finder"));
      return this;
    }

    public Pipeline build() {
      Set<String> have = new HashSet<>();
      for (MentionFinder f : finders) {
        for (String need : f.requires()) {
          if (!have.contains(need)) {
            throw new IllegalStateException(
                f.name()
                    + " needs '"
                    + need
                    + "', which no finder before it provides (have "
                    + have
                    + ")");
          }
        }
        have.addAll(f.provides());
      }
      if (!have.contains(LexiconFinder.LAYER)) {
        throw new IllegalStateException("a pipeline needs the LexiconFinder");
      }
      return new Pipeline(lexicon, rules, finders);
    }
  }

  /** The intermediate results for one article, for debugging and evaluation. */
  public record Analysis(
      Article article,
      List<Sentence> sentences,
      List<List<Mention>> mentions,
      PersonResolver.Result persons,
      String storyState,
      ArticleFacts facts) {}

  public ArticleFacts process(Article article) {
    return analyze(article).facts();
  }

  public Analysis analyze(Article article) {
    List<Sentence> sentences = fused.split(SentenceSplitter.split(article.text()));
    List<List<Mention>> found = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<Mention> all = new ArrayList<>();
      for (MentionFinder f : finders) {
        all.addAll(f.find(s, List.copyOf(all)));
      }
      found.add(tails.extend(s, initials.widen(s, vetting.vet(s, all))));
    }
    PersonResolver.Result persons = resolver.resolve(sentences, found);
    String story = storyState(article, sentences, found);
    List<FactRules.SentenceView> views = new ArrayList<>();
    Set<String> states = new LinkedHashSet<>();
    Set<String> parties = new LinkedHashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<Mention> lex = new ArrayList<>();
      for (Mention m : found.get(i)) {
        if (m.type() != MentionType.PERSON && m.source().equals(LexiconFinder.LAYER)) {
          lex.add(m);
          if (m.type() == MentionType.STATE) {
            states.add(m.value());
          } else if (m.type() == MentionType.PARTY) {
            parties.add(m.value());
          }
        }
      }
      views.add(new FactRules.SentenceView(sentences.get(i), lex, persons.mentions().get(i)));
    }
    FactRules.Facts facts =
        countries.scope(
            rules.apply(
                views, article.id(), article.date(), storyStates.of(sentences, found, story)),
            views);
    ArticleFacts af =
        new ArticleFacts(
            article,
            persons.persons(),
            new ArrayList<>(states),
            new ArrayList<>(parties),
            facts.holds(),
            facts.met());
    return new Analysis(article, sentences, found, persons, story, af);
  }

  /**
   * Delhi named as where something happened (in Delhi, दिल्ली में: {@code place_marker_before},
   * {@code place_marker_after}), not whose office it is.
   */
  private boolean placeOnly(Sentence s, Mention m) {
    String before = m.start() > 0 ? s.tokens().get(m.start() - 1).norm() : "";
    String after = m.end() < s.size() ? s.tokens().get(m.end()).norm() : "";
    WordClasses wc = lexicon.wordClasses();
    return wc.get("place_marker_before").has(before) || wc.get("place_marker_after").has(after);
  }

  /** A dateline that is the seat of more than one government ({@code shared_seat}: Delhi). */
  private boolean sharedSeat(String placeId) {
    return lexicon.wordClasses().get("shared_seat").has(placeId);
  }

  /**
   * The state an article is about: the dateline's (a city or a state), unless it is Delhi, the
   * national capital, where national stories are datelined, or Chandigarh, the seat of both
   * Punjab's and Haryana's governments; else the state named most often, if one leads (a tie names
   * none, but a tie with the dateline's own seat goes to the other state).
   */
  String storyState(Article article, List<Sentence> sentences, List<List<Mention>> found) {
    if (article.place() != null) {
      for (Lexicon.Entry e : lexicon.index().exact(article.place())) {
        if ((e.type() == MentionType.STATE || e.type() == MentionType.CITY)
            && !sharedSeat(e.value())) {
          return e.value();
        }
      }
    }
    String seat = null; // a Delhi or Chandigarh dateline
    if (article.place() != null) {
      for (Lexicon.Entry e : lexicon.index().exact(article.place())) {
        if (sharedSeat(e.value())) {
          seat = e.value();
        }
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int si = 0; si < found.size(); si++) {
      for (Mention m : found.get(si)) {
        if (m.type() == MentionType.STATE
            && !(sharedSeat(m.value()) && placeOnly(sentences.get(si), m))) {
          counts.merge(m.value(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        if (best.equals(seat) && !tie) {
          best =
              e.getKey(); // tied with the dateline's seat: the seat is more often where than whose
        } else if (!e.getKey().equals(seat)) {
          tie = true;
        }
      }
    }
    return tie || bestCount < 1 ? null : best;
  }
}
