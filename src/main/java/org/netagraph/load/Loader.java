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
import org.netagraph.graph.GraphWriter;
import org.netagraph.model.ArticleFacts;
import org.netagraph.text.ArticleReader;

/**
 * Loads article files: reading and extraction run on worker threads, results come back in file
 * order and are written in batches, one transaction per batch. Memory stays bounded: at most a few
 * batches are in flight, whatever the number of files.
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

  /** One file's outcome: facts, or the reason it was skipped. */
  private record Outcome(Path path, ArticleFacts facts, String problem) {}

  public LoadReport load(List<Path> paths) {
    long t0 = System.nanoTime();
    ArticleFiles.Found found = ArticleFiles.expand(paths);
    List<ArticleFiles.Skipped> skipped = new ArrayList<>(found.problems());
    for (ArticleFiles.Skipped s : found.problems()) {
      progress.skipped(s.path(), s.problem());
    }
    writer.begin();
    List<ArticleFiles.Source> files = found.sources();
    int total = files.size();
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
    int[] tally = new int[3]; // written, unchanged, replaced
    List<String> notices = new ArrayList<>();
    boolean stopped = false;
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      List<ArticleFacts> batch = new ArrayList<>();
      int next = 0;
      int done = 0;
      while (done < total && !stopped) {
        while (next < total && inFlight.size() < window) {
          ArticleFiles.Source src = files.get(next++);
          inFlight.add(pool.submit(() -> extract(src)));
        }
        Outcome o = get(inFlight.poll());
        done++;
        if (o.facts() != null) {
          read++;
          batch.add(o.facts());
        } else {
          skipped.add(new ArticleFiles.Skipped(o.path().toString(), o.problem()));
          progress.skipped(o.path().toString(), o.problem());
          if (options.strict()) {
            stopped = true;
            break;
          }
        }
        if (batch.size() >= options.batchSize()) {
          flush(batch, tally, notices);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        progress.update(done, total, done / Math.max(secs, 1e-9));
      }
      // with --strict, what was read before the bad file is written; nothing of the bad file is
      flush(batch, tally, notices);
      for (Future<Outcome> f : inFlight) {
        f.cancel(true);
      }
    } finally {
      pool.shutdownNow();
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

  private Outcome extract(ArticleFiles.Source src) {
    Path p = src.path();
    try {
      return new Outcome(p, pipeline.process(ArticleReader.read(p, src.id())), null);
    } catch (InputException e) {
      return new Outcome(p, null, e.problem());
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
