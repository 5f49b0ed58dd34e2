package org.netagraph.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Large inputs for the memory proof: a JSON lines file and a WARC of many records, each a short
 * story wrapped in a lot of bytes that are no story (a scraper's raw HTML field; a page's scripts),
 * so a file many times the heap is extracted in minutes. {@code main(jsonl|warc, FILE, MB)} writes
 * one for bench/input-scale.sh.
 */
public final class BigInputs {
  private BigInputs() {}

  private static String story(int i) {
    int day = 1 + i % 28;
    return (i % 2 == 0
            ? "Rajasthan Chief Minister Ashok Gehlot met Prime Minister Narendra Modi in New Delhi"
                + " on the "
                + day
                + "th and sought funds for district "
                + i
                + ". Former Chief Minister Vasundhara Raje criticised the demand."
            : "मध्य प्रदेश के मुख्यमंत्री कमलनाथ ने भोपाल में केंद्रीय मंत्री नरेंद्र सिंह तोमर से मुलाकात"
                + " की। बैठक में जिला "
                + i
                + " के किसानों पर चर्चा हुई।")
        + "\n\nThe meeting lasted "
        + (10 + i % 50)
        + " minutes.";
  }

  /** Letters and digits that gzip cannot squeeze much, {@code n} of them. */
  private static String noise(Random r, int n) {
    char[] c = new char[n];
    String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int k = 0; k < n; k++) {
      c[k] = abc.charAt(r.nextInt(abc.length()));
    }
    return new String(c);
  }

  /** About {@code mb} MB of JSON lines, records of {@code recordKb} KB; returns the records. */
  public static int jsonl(Path file, long mb, int recordKb) throws IOException {
    Random r = new Random(18);
    long target = mb * 1024 * 1024;
    int n = 0;
    long written = 0;
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
      while (written < target) {
        String line =
            "{\"url\":\"https://news.example.in/s/"
                + n
                + "\",\"date\":\"2019-07-"
                + String.format(java.util.Locale.ROOT, "%02d", 1 + n % 28)
                + "\",\"text\":"
                + NewsFixtures.q(story(n))
                + ",\"raw_html\":\"<html>"
                + noise(r, recordKb * 1024)
                + "</html>\"}\n";
        w.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
        n++;
      }
    }
    return n;
  }

  /** About {@code mb} MB of gzipped WARC, pages of {@code pageKb} KB; returns the pages. */
  public static int warc(Path file, long mb, int pageKb) throws IOException {
    Random r = new Random(18);
    long target = mb * 1024 * 1024;
    int n = 0;
    Instant t = Instant.parse("2024-01-10T05:00:00Z");
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            WarcCompression.GZIP)) {
      while (w.position() < target) {
        StringBuilder p = new StringBuilder("<html><head><title>Story ").append(n);
        p.append("</title><script>var x='").append(noise(r, pageKb * 1024)).append("';</script>");
        p.append("</head><body><nav><a href=/>Home</a></nav><article>");
        for (String para : story(n).split("\n\n")) {
          p.append("<p>").append(para).append("</p>");
        }
        p.append("</article></body></html>");
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.parse("text/html; charset=utf-8"),
                    p.toString().getBytes(StandardCharsets.UTF_8))
                .build();
        w.write(
            new WarcResponse.Builder(URI.create("https://news.example.in/s/" + n))
                .date(t)
                .body(http)
                .build());
        n++;
      }
    }
    return n;
  }

  /** {@code jsonl|warc FILE MB}: writes a large input and prints how many records it holds. */
  public static void main(String[] args) throws IOException {
    Path f = Path.of(args[1]);
    long mb = Long.parseLong(args[2]);
    int n = args[0].equals("warc") ? warc(f, mb, 150) : jsonl(f, mb, 150);
    Files.writeString(Path.of(args[1] + ".records"), n + "\n", StandardCharsets.UTF_8);
  }
}
