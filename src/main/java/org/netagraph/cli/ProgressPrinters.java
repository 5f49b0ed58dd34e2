package org.netagraph.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.netagraph.load.Progress;

/** How a load shows its progress: a bar on a terminal, plain lines in logs and pipes. */
final class ProgressPrinters {
  private ProgressPrinters() {}

  /** The bar on a terminal, plain lines otherwise. */
  static Progress forStream(PrintWriter err, boolean terminal) {
    return terminal ? new Bar(err) : new Plain(err);
  }

  /** Skipped files and records only: for extract, whose output is the facts. */
  static Progress skipsOnly(PrintWriter err) {
    return new Progress() {
      @Override
      public void update(Status status) {}

      @Override
      public void skipped(String where, String problem) {
        err.println("netagraph: skipped " + where + ": " + problem);
        err.flush();
      }
    };
  }

  static String eta(double secs) {
    if (secs < 0) {
      return "unknown";
    }
    long s = Math.round(secs);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  /** One line per 100 records or 5 seconds, for logs and pipes. */
  static final class Plain implements Progress {
    private final PrintWriter err;
    private long lastPrint = System.nanoTime();
    private Status last;

    Plain(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void update(Status s) {
      last = s;
      long now = System.nanoTime();
      if (s.records() % 100 == 0 || now - lastPrint > 5_000_000_000L) {
        lastPrint = now;
        print(s);
      }
    }

    private void print(Status s) {
      err.printf(
          Locale.ROOT,
          "netagraph: %d records, %d articles, %.1f articles/s%s%n",
          s.records(),
          s.articles(),
          s.perSecond(),
          s.bytesTotal() > 0
              ? String.format(
                  Locale.ROOT,
                  ", %d%% of the input, ETA %s",
                  100 * s.bytesDone() / s.bytesTotal(),
                  eta(s.etaSeconds()))
              : "");
      err.flush();
    }

    @Override
    public void skipped(String where, String problem) {
      err.println("netagraph: skipped " + where + ": " + problem);
      err.flush();
    }

    @Override
    public void finish() {
      if (last != null && last.records() % 100 != 0) {
        print(last);
      }
    }
  }

  /**
   * A progress bar (me.tongfei:progressbar) over the input's bytes, with records and articles/s
   * beside it and the ETA it computes; redrawn in place, skipped records printed above it.
   */
  static final class Bar implements Progress {
    private final PrintWriter err;
    private ProgressBar bar;

    Bar(PrintWriter err) {
      this.err = err;
    }

    private ProgressBar bar(long total) {
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("loading")
                .setInitialMax(total > 0 ? total : -1)
                .setUnit(" MB", 1024 * 1024)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setConsumer(new Consumer(err))
                .clearDisplayOnFinish()
                .build();
      }
      return bar;
    }

    @Override
    public void update(Status s) {
      ProgressBar b = bar(s.bytesTotal());
      b.stepTo(s.bytesDone());
      b.setExtraMessage(
          String.format(Locale.ROOT, "%,d records, %.1f articles/s", s.records(), s.perSecond()));
    }

    @Override
    public void skipped(String where, String problem) {
      synchronized (err) {
        err.printf(Locale.ROOT, "\r\033[Kskipped %s: %s%n", where, problem);
        err.flush();
      }
    }

    @Override
    public void finish() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Draws the bar on our error stream, in step with the lines printed above it. */
  private static final class Consumer implements ProgressBarConsumer {
    private final PrintWriter err;

    Consumer(PrintWriter err) {
      this.err = err;
    }

    /** The terminal's width, as the library's own console consumer finds it (jline). */
    private final int width =
        new ConsoleProgressBarConsumer(
                new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
            .getMaxRenderedLength();

    @Override
    public int getMaxRenderedLength() {
      return width;
    }

    @Override
    public void accept(String rendered) {
      synchronized (err) {
        err.print("\r" + rendered);
        err.flush();
      }
    }

    @Override
    public void clear() {
      synchronized (err) {
        err.print("\r\033[K");
        err.flush();
      }
    }

    @Override
    public void close() {
      clear();
    }
  }
}
