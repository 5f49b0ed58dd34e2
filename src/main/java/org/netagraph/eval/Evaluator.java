package org.netagraph.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netagraph.UsageException;
import org.netagraph.extract.Pipeline;
import org.netagraph.input.ArticleFiles;
import org.netagraph.model.ArticleFacts;
import org.netagraph.text.ArticleReader;

/** Runs extraction on every article that has a gold file beside it and adds up the scores. */
public final class Evaluator {
  private final Pipeline pipeline;
  private final Scorer scorer;

  public Evaluator(Pipeline pipeline) {
    this.pipeline = pipeline;
    this.scorer = new Scorer(pipeline.lexicon());
  }

  /** Per-article results and their sums. */
  public record Report(Map<String, Scorer.Result> articles, Scorer.Result total) {
    /** The F1 values by fact type. */
    public Map<String, Double> f1() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("persons", total.persons().f1());
      m.put("holds", total.holds().f1());
      m.put("former", total.former().f1());
      m.put("met", total.met().f1());
      return m;
    }

    public void print(PrintWriter out, boolean details) {
      if (details) {
        for (Map.Entry<String, Scorer.Result> e : articles.entrySet()) {
          Scorer.Result r = e.getValue();
          List<String> lines = new ArrayList<>();
          items(lines, "persons", r.persons());
          items(lines, "holds", r.holds());
          items(lines, "former", r.former());
          items(lines, "met", r.met());
          if (!lines.isEmpty()) {
            out.println(e.getKey() + ":");
            lines.forEach(out::println);
          }
        }
      }
      out.printf(Locale.ROOT, "%d articles%n", articles.size());
      line(out, "persons", total.persons());
      line(out, "holds", total.holds());
      line(out, "former", total.former());
      line(out, "met", total.met());
      out.printf(
          Locale.ROOT,
          "persons F1=%.2f holds F1=%.2f former F1=%.2f met F1=%.2f%n",
          total.persons().f1(),
          total.holds().f1(),
          total.former().f1(),
          total.met().f1());
    }

    /**
     * Precision and count per rule: the facts each rule gave, how many the gold has, how many it
     * has not; most facts first.
     */
    public void printByRule(PrintWriter out) {
      List<Map.Entry<String, Scorer.RuleTally>> rows = new ArrayList<>(total.byRule().entrySet());
      rows.sort(
          java.util.Comparator.comparingInt(
                  (Map.Entry<String, Scorer.RuleTally> e) -> -e.getValue().facts)
              .thenComparing(Map.Entry::getKey));
      out.printf(Locale.ROOT, "%-28s %6s %5s %5s %9s%n", "rule", "facts", "tp", "fp", "precision");
      for (Map.Entry<String, Scorer.RuleTally> e : rows) {
        Scorer.RuleTally t = e.getValue();
        out.printf(
            Locale.ROOT,
            "%-28s %6d %5d %5d %9s%n",
            e.getKey(),
            t.facts,
            t.tp,
            t.fp,
            t.tp + t.fp == 0 ? "-" : String.format(Locale.ROOT, "%.2f", t.precision()));
      }
    }

    private static void items(List<String> lines, String what, Scorer.Tally t) {
      for (String m : t.missing) {
        lines.add("  missing " + what + ": " + m);
      }
      for (String x : t.extra) {
        lines.add("  extra   " + what + ": " + x);
      }
    }

    private static void line(PrintWriter out, String what, Scorer.Tally t) {
      if (t.empty()) {
        out.printf(Locale.ROOT, "%-8s nothing to score (none in the gold, none found)%n", what);
        return;
      }
      out.printf(
          Locale.ROOT,
          "%-8s P=%.2f R=%.2f F1=%.2f  (tp %d, fp %d, fn %d)%n",
          what,
          t.precision(),
          t.recall(),
          t.f1(),
          t.tp,
          t.fp,
          t.fn);
    }
  }

  public Report evaluate(List<Path> dirs) {
    ArticleFiles.Found found = ArticleFiles.expand(dirs);
    Map<String, Scorer.Result> per = new LinkedHashMap<>();
    Scorer.Result total =
        new Scorer.Result(
            new Scorer.Tally(), new Scorer.Tally(), new Scorer.Tally(), new Scorer.Tally());
    List<String> unpaired = new ArrayList<>();
    for (ArticleFiles.Skipped s : found.problems()) {
      unpaired.add(s.path() + ": " + s.problem());
    }
    for (Path txt : found.files()) {
      if (!Files.isRegularFile(goldOf(txt))) {
        unpaired.add(txt + ": no gold file " + goldOf(txt).getFileName() + " beside it");
      }
    }
    if (!unpaired.isEmpty()) {
      throw new UsageException(
          "cannot evaluate: every article needs its gold .json; " + String.join("; ", unpaired));
    }
    for (Path txt : found.files()) {
      Path gold = goldOf(txt);
      ArticleFacts facts = pipeline.process(ArticleReader.read(txt));
      Scorer.Result r = scorer.score(facts, Gold.read(gold));
      per.put(txt.toString(), r);
      total.add(r);
    }
    if (per.isEmpty()) {
      throw new UsageException("no article with a gold .json file beside it under " + dirs);
    }
    if (total.persons().empty()) {
      throw new UsageException(
          "nothing to score under " + dirs + ": the gold names no person and none was found");
    }
    return new Report(per, total);
  }

  private static Path goldOf(Path txt) {
    String name = txt.getFileName().toString();
    return txt.resolveSibling(name.substring(0, name.length() - 4) + ".json");
  }
}
