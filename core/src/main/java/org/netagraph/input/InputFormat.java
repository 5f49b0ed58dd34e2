package org.netagraph.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The kinds of input {@code load} reads, told apart by extension or by {@code --input-format}. */
public enum InputFormat {
  /** One article per file, UTF-8, optional header line. */
  TXT(".txt"),
  /** One JSON object per line ({@code .jsonl}, {@code .ndjson}, gzipped or not). */
  JSONL(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
  /** A JSON array of article objects, or one object. */
  JSON(".json"),
  /** Comma-separated, header row first. */
  CSV(".csv", ".csv.gz"),
  /** Tab-separated, header row first. */
  TSV(".tsv", ".tsv.gz"),
  /** A saved web page: the story, without menus, ads and comments. */
  HTML(".html", ".htm", ".xhtml"),
  /** A web archive: every HTML response record with status 200. */
  WARC(".warc", ".warc.gz");

  private final List<String> extensions;

  InputFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The name {@code --input-format} takes. */
  public String flag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of {@code file} by its extension, or null when it has none of ours. */
  public static InputFormat of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    InputFormat best = null;
    int bestLength = 0;
    for (InputFormat f : values()) {
      for (String e : f.extensions) {
        if (n.endsWith(e) && e.length() > bestLength) {
          best = f;
          bestLength = e.length();
        }
      }
    }
    return best;
  }

  /**
   * Whether a folder walk picks files of this format by extension. A {@code .json} file is only
   * read when named (or with {@code --input-format json}): folders of articles often keep other
   * JSON beside them (gold annotations, metadata).
   */
  public boolean walked() {
    return this != JSON;
  }

  /** Whether the file is gzip-compressed, by its name. */
  static boolean gzipped(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The format named {@code s} ({@code jsonl}, {@code csv}, ...). */
  public static InputFormat parse(String s) {
    for (InputFormat f : values()) {
      if (f.flag().equals(s.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown input format '" + s + "' (txt, jsonl, json, csv, tsv, html, warc)");
  }
}
