package org.netagraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.support.BigInputs;
import org.netagraph.support.TestPipeline;

/**
 * Memory stays flat: {@code extract} in a JVM whose heap is capped at 512 MB reads a JSON lines
 * file and a WARC each larger than that heap to the end, and the heap in use after a collection
 * stays far below the cap. (bench/input-scale.sh does the same with 2 GB files.)
 */
class StreamingMemoryIT {
  private static final Pattern GC =
      Pattern.compile("Pause (Young|Full).*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

  @Test
  void aJsonLinesFileLargerThanTheHeapStreams(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("big.jsonl");
    int records = BigInputs.jsonl(f, 600, 150);
    check(tmp, f, records);
  }

  @Test
  void aWarcLargerThanTheHeapStreams(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("big.warc.gz");
    int records = BigInputs.warc(f, 560, 150);
    check(tmp, f, records);
  }

  private static void check(Path tmp, Path input, int records) throws Exception {
    long size = Files.size(input);
    assertTrue(size > 520L * 1024 * 1024, "larger than the heap: " + size);
    Path out = tmp.resolve("facts.jsonl");
    Path err = tmp.resolve("err.txt");
    Path gc = tmp.resolve("gc.log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-XX:+UseParallelGC");
    cmd.add("-Xlog:gc:file=" + gc);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.netagraph.cli.Main");
    cmd.add("extract");
    cmd.add("--threads");
    cmd.add("2");
    cmd.add("--models");
    cmd.add(TestPipeline.modelsDir().toAbsolutePath().toString());
    cmd.add(input.toString());
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int code = p.waitFor();
    double secs = (System.nanoTime() - t0) / 1e9;
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, code, errText);
    long lines;
    try (var s = Files.lines(out, StandardCharsets.UTF_8)) {
      lines = s.count();
    }
    assertEquals(records, lines, "every record extracted");
    // after a young collection the old generation still holds garbage; after a full one, only
    // what is live: the live heap is the largest figure after a full collection
    long maxBefore = 0;
    long maxLive = 0;
    long youngAfter = 0;
    int full = 0;
    for (String line : Files.readAllLines(gc, StandardCharsets.UTF_8)) {
      Matcher m = GC.matcher(line);
      if (m.find()) {
        maxBefore = Math.max(maxBefore, Long.parseLong(m.group(2)));
        long after = Long.parseLong(m.group(3));
        if (m.group(1).equals("Full")) {
          full++;
          maxLive = Math.max(maxLive, after);
        } else {
          youngAfter = Math.max(youngAfter, after);
        }
      }
    }
    if (full == 0) {
      maxLive = youngAfter; // no full collection: an upper bound
    }
    Files.copy(
        gc,
        Path.of("target", input.getFileName() + ".gc.log"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String figure =
        String.format(
            Locale.ROOT,
            "%s: %d MB, %d records in %.0f s under -Xmx512m; heap in use at most %d MB, live"
                + " heap after %d full collections at most %d MB",
            input.getFileName(),
            size / (1024 * 1024),
            records,
            secs,
            maxBefore,
            full,
            maxLive);
    System.out.println(figure); // the figure README quotes
    assertTrue(maxLive > 0, "the GC log was read: " + figure);
    assertTrue(maxLive < 300, "live heap stays flat: " + figure);
  }
}
