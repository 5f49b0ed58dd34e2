package org.netagraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkEnv;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.netagraph.InputException;
import org.netagraph.extract.Pipeline;
import org.netagraph.input.ArticleSource;
import org.netagraph.input.InputOptions;
import org.netagraph.input.Sources;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.OfficeRef;
import org.netagraph.model.PersonEntity;

/**
 * The executor side of the job: reads the records of its input files, leaves out the articles
 * already loaded with the same digest, extracts the others with the executor's pipeline, and emits
 * each article's contribution as {@link Piece}s, grouped within the article as {@code
 * GraphWriter}'s {@code BatchRows} groups it (an article's first evidence of a fact, the last
 * surface forms of a person it names twice).
 */
final class Extraction implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Counters the driver reports; Spark adds them up over the successful tasks. {@code pipelines}
   * gets {@code executor=builds} from every task: how often its executor JVM built the pipeline.
   */
  record Counters(
      LongAccumulator read,
      LongAccumulator unchanged,
      LongAccumulator skipped,
      LongAccumulator passed,
      CollectionAccumulator<String> pipelines)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final Map<String, String> loaded;
  private final Counters counters;

  /**
   * @param loaded the digests of the articles in the store, by id
   */
  Extraction(Map<String, String> loaded, Counters counters) {
    this.loaded = loaded;
    this.counters = counters;
  }

  /** The pieces of the articles of {@code files}. */
  Iterator<Piece> pieces(Iterator<InputFiles.File> files) {
    Pipeline pipeline = Executors.pipeline();
    counters.pipelines().add(SparkEnv.get().executorId() + "=" + Executors.builds());
    List<Piece> out = new ArrayList<>();
    while (files.hasNext()) {
      InputFiles.File f = files.next();
      try (ArticleSource src =
          Sources.open(Path.of(f.absolute()), f.id(), f.format(), InputOptions.defaults())) {
        long record = 0;
        for (ArticleSource.Item item = src.next(); item != null; item = src.next()) {
          long ord = ((long) f.index() << 32) | record++;
          try {
            Article a = asGiven(item.article(), f);
            if (a == null) {
              counters.passed().add(1);
            } else if (a.sha256().equals(loaded.get(a.id()))) {
              counters.read().add(1);
              counters.unchanged().add(1);
            } else {
              counters.read().add(1);
              emit(pipeline.lexicon(), ord, pipeline.process(a), out);
            }
          } catch (InputException e) {
            counters.skipped().add(1);
          }
        }
      } catch (InputException e) {
        counters.skipped().add(1);
      }
    }
    return out.iterator();
  }

  /** The article with the path of its file as given to the job, not as an executor opened it. */
  private static Article asGiven(Article a, InputFiles.File f) {
    if (a == null || !a.path().startsWith(f.absolute())) {
      return a;
    }
    return new Article(
        a.id(),
        f.path() + a.path().substring(f.absolute().length()),
        a.date(),
        a.place(),
        a.sha256(),
        a.text(),
        a.title(),
        a.url(),
        a.source());
  }

  static void emit(Lexicon lexicon, long ord, ArticleFacts f, List<Piece> out) {
    Article a = f.article();
    String date = a.date() == null ? "" : a.date();
    Map<String, Piece> mine = new LinkedHashMap<>();
    put(
        mine,
        new Piece(
            Piece.Kind.ARTICLE,
            a.id(),
            ord,
            new String[] {
              a.id(), a.path(), a.date(), a.place(), a.sha256(), a.title(), a.url(), a.source()
            },
            0,
            null,
            null));
    for (PersonEntity p : f.persons()) {
      put(
          mine,
          new Piece(
              Piece.Kind.PERSON,
              p.key(),
              ord,
              new String[] {p.id(), p.name(), Long.toString(ord)},
              p.nameSource().rank(),
              null,
              null));
      List<String> forms = new ArrayList<>(p.aliases());
      forms.add(p.name());
      Piece m =
          new Piece(
              Piece.Kind.MENTION_PERSON,
              a.id() + "\u0000" + p.key(),
              ord,
              new String[] {a.id(), p.key()},
              0,
              forms,
              null);
      mine.put(m.groupKey(), m); // the same person twice in one article: the last names it
    }
    for (String s : f.stateIds()) {
      put(mine, link(Piece.Kind.MENTION_STATE, a.id(), s, ord));
    }
    for (String pid : f.partyIds()) {
      put(mine, party(lexicon, pid, ord));
      put(mine, link(Piece.Kind.MENTION_PARTY, a.id(), pid, ord));
    }
    for (Holds h : f.holds()) {
      OfficeRef o = h.office();
      put(
          mine,
          new Piece(
              Piece.Kind.OFFICE,
              o.id(),
              ord,
              new String[] {
                o.id(),
                o.title(),
                o.stateId(),
                o.partyId(),
                o.stateId() == null ? null : lexicon.stateName(o.stateId()),
                o.partyId() == null ? null : lexicon.partyName(o.partyId()),
                o.countryId() == null ? null : lexicon.countryName(o.countryId())
              },
              0,
              null,
              null));
      String status = h.status().value();
      put(
          mine,
          new Piece(
              Piece.Kind.HOLDS,
              h.personKey() + "\u0000" + o.id() + "\u0000" + status,
              ord,
              new String[] {h.personKey(), o.id(), status},
              0,
              null,
              List.of(new Piece.Evidence(ord, a.id(), h.evidence().sentence(), date, h.rule()))));
      if (o.partyId() != null) {
        put(mine, party(lexicon, o.partyId(), ord));
      }
    }
    for (Met m : f.met()) {
      put(
          mine,
          new Piece(
              Piece.Kind.MET,
              m.a() + "\u0000" + m.b(),
              ord,
              new String[] {m.a(), m.b()},
              0,
              null,
              List.of(new Piece.Evidence(ord, a.id(), m.evidence().sentence(), date, m.rule()))));
    }
    out.addAll(mine.values());
  }

  /** The first piece of a key within the article stays (its first evidence, its first office). */
  private static void put(Map<String, Piece> mine, Piece p) {
    mine.merge(
        p.groupKey(), p, (old, neu) -> old.kind == Piece.Kind.PERSON ? Piece.merge(old, neu) : old);
  }

  private static Piece link(Piece.Kind kind, String article, String target, long ord) {
    return new Piece(
        kind, article + "\u0000" + target, ord, new String[] {article, target}, 0, null, null);
  }

  private static Piece party(Lexicon lexicon, String pid, long ord) {
    Lexicon.Party p = lexicon.party(pid);
    return new Piece(
        Piece.Kind.PARTY,
        pid,
        ord,
        new String[] {pid, p == null ? pid : p.name()},
        0,
        p == null ? List.of() : p.aliases(),
        null);
  }
}
