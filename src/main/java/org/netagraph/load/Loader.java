package org.netagraph.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.netagraph.InputException;
import org.netagraph.extract.Pipeline;
import org.netagraph.graph.Graph;
import org.netagraph.input.ArticleFiles;
import org.netagraph.input.ArticleSource;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.write.GraphWriter;

/**
 * Loads input files: records are cut out of the files one at a time on the calling thread ({@link
 * Records}), parsed and extracted on worker threads; results come back in input order and are
 * written in batches, one transaction per batch. Memory stays bounded: at most a few batches of
 * records are in flight, whatever the number or the size of the files.
 */
public final class Loader {
  /** Where the batches go: the incremental writer, or the files of a bulk import. */
  public interface Sink {
    /** Called once before the first batch. */
    void begin();

    /** Takes one batch of articles, in file order. */
    GraphWriter.BatchResult write(List<ArticleFacts> batch);

    /** Nodes per label and relationships per type after the load (empty if not known yet). */
    Map<String, Long> counts();
  }

  private final Pipeline pipeline;
  private final Sink writer;
  private final LoadOptions options;
  private final Progress progress;

  /** Loads into {@code graph} with the incremental writer. */
  public Loader(Pipeline pipeline, Graph graph, LoadOptions options, Progress progress) {
    this(
        pipeline,
        incremental(graph, new GraphWriter(graph, pipeline.lexicon())),
        options,
        progress);
  }

  public Loader(Pipeline pipeline, Sink sink, LoadOptions options, Progress progress) {
    this.pipeline = pipeline;
    this.writer = sink;
    this.options = options;
    this.progress = progress;
  }

  static Sink incremental(Graph graph, GraphWriter w) {
    return new Sink() {
      @Override
      public void begin() {
        w.writeStates();
      }

      @Override
      public GraphWriter.BatchResult write(List<ArticleFacts> batch) {
        return w.write(batch);
      }

      @Override
      public Map<String, Long> counts() {
        return graph.counts();
      }
    };
  }

  /**
   * One record's outcome: facts, the reason it was skipped, or neither (a record passed over: a
   * WARC page that holds no story).
   */
  private record Outcome(String where, ArticleFacts facts, String problem, long bytesDone) {}

  /** Loads the files and folders {@code paths}, read as {@link LoadOptions#input()} says. */
  public LoadReport load(List<Path> paths) {
    long t0 = System.nanoTime();
    ArticleFiles.Found found = ArticleFiles.expand(paths, options.input().format());
    List<ArticleFiles.Skipped> skipped = new ArrayList<>(found.problems());
    for (ArticleFiles.Skipped s : found.problems()) {
      progress.skipped(s.path(), s.problem());
    }
    writer.begin();
    int window = options.threads() * 4 + options.batchSize() * 2;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.threads(),
            r -> {
              Thread t = new Thread(r, "netagraph-extract");
              t.setDaemon(true);
              return t;
            });
    int read = 0;
    long done = 0;
    long passed = 0;
    int[] tally = new int[3]; // written, unchanged, replaced
    List<String> notices = new ArrayList<>();
    boolean stopped = false;
    try (Records records = new Records(found.sources(), options.input())) {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      List<ArticleFacts> batch = new ArrayList<>();
      boolean more = true;
      while (!stopped) {
        while (more && inFlight.size() < window) {
          Records.Next n = records.next();
          if (n == null) {
            more = false;
          } else {
            inFlight.add(pool.submit(() -> extract(n)));
          }
        }
        if (inFlight.isEmpty()) {
          break;
        }
        Outcome o = get(inFlight.poll());
        done++;
        if (o.facts() != null) {
          read++;
          batch.add(o.facts());
        } else if (o.problem() != null) {
          skipped.add(new ArticleFiles.Skipped(o.where(), o.problem()));
          progress.skipped(o.where(), o.problem());
          if (options.strict()) {
            stopped = true;
            break;
          }
        } else {
          passed++;
        }
        if (batch.size() >= options.batchSize()) {
          flush(batch, tally, notices);
        }
        progress.update(
            new Progress.Status(
                done, read, o.bytesDone(), records.bytesTotal(), (System.nanoTime() - t0) / 1e9));
      }
      // with --strict, what was read before the bad record is written; nothing of the bad one is
      flush(batch, tally, notices);
      for (Future<Outcome> f : inFlight) {
        f.cancel(true);
      }
      notices.addAll(records.notes());
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    if (passed > 0) {
      notices.add(
          passed + " web pages held no story (section fronts, tag pages) and were passed over");
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new LoadReport(
        read, tally[0], tally[1], tally[2], skipped, writer.counts(), secs, stopped, notices);
  }

  private void flush(List<ArticleFacts> batch, int[] tally, List<String> notices) {
    if (batch.isEmpty()) {
      return;
    }
    GraphWriter.BatchResult r = writer.write(batch);
    tally[0] += r.written();
    tally[1] += r.unchanged();
    tally[2] += r.replaced();
    notices.addAll(r.notices());
    batch.clear();
  }

  private Outcome extract(Records.Next n) {
    ArticleSource.Item item = n.item();
    try {
      Article a = item.article();
      return a == null
          ? new Outcome(item.where(), null, null, n.bytesDone())
          : new Outcome(item.where(), pipeline.process(a), null, n.bytesDone());
    } catch (InputException e) {
      return new Outcome(item.where(), null, e.problem(), n.bytesDone());
    }
  }

  private static Outcome get(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    }
  }
}
