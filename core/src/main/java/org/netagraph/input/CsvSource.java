package org.netagraph.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.netagraph.InputException;
import org.netagraph.text.ArticleReader;
import org.netagraph.text.StrictUtf8Reader;

/**
 * A {@code .csv} or {@code .tsv} file with a header row, one article per record (Apache Commons
 * CSV: quoted fields may hold commas, quotes and line breaks). A record is named by the line it
 * starts on.
 */
final class CsvSource implements ArticleSource {
  private final CountingInputStream in;
  private final LongSupplier progress;
  private final String name;
  private final String fileId;
  private final InputOptions.Fields names;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private Map<String, Integer> header;
  private int width;
  private long nextLine = 1;

  CsvSource(
      InputStream in,
      LongSupplier progress,
      String name,
      String fileId,
      boolean tabs,
      InputOptions.Fields names) {
    this.progress = progress;
    this.in = new CountingInputStream(in);
    this.name = name;
    this.fileId = fileId;
    this.names = names;
    CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.RFC4180).builder().get();
    try {
      this.parser =
          CSVParser.builder()
              .setReader(new StrictUtf8Reader(this.in, name))
              .setFormat(format)
              .get();
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage(), e);
    }
    this.records = parser.iterator();
  }

  @Override
  public Item next() {
    while (true) {
      CSVRecord r;
      long line = nextLine;
      boolean more;
      try {
        more = records.hasNext();
        r = more ? records.next() : null;
      } catch (InputException e) {
        throw new InputException(
            name + ":" + line, e.problem() + "; the rest of the file was not read", e);
      } catch (UncheckedIOException | IllegalStateException e) {
        Throwable c = e.getCause() != null ? e.getCause() : e;
        throw new InputException(
            name + ":" + line,
            "not valid CSV: " + c.getMessage() + "; the rest of the file was not read",
            e);
      }
      if (!more) {
        if (header == null) {
          throw new InputException(name, "empty file (no header row)");
        }
        return null;
      }
      nextLine = parser.getCurrentLineNumber() + 1;
      if (header == null) {
        header = new HashMap<>();
        width = r.size();
        for (int i = r.size() - 1; i >= 0; i--) {
          header.put(RecordArticles.key(r.get(i).strip().replace("\uFEFF", "")), i);
        }
        continue;
      }
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue; // a blank line
      }
      return item(r, name + ":" + line);
    }
  }

  private Item item(CSVRecord r, String where) {
    String[] values = r.values();
    if (values.length != width) {
      return Item.bad(
          where,
          "record has "
              + values.length
              + " fields, the header "
              + width
              + " (a quote or separator out of place?)");
    }
    for (String v : values) {
      if (v.length() > ArticleReader.MAX_BYTES) {
        return Item.bad(where, "a field is over " + ArticleReader.MAX_BYTES / 1048576 + " MB");
      }
    }
    Map<String, Integer> cols = header;
    String positionId = fileId + "#" + (r.getRecordNumber() - 1);
    return new Item(
        where,
        () ->
            RecordArticles.article(
                where,
                positionId,
                (n, p) -> {
                  Integer i = cols.get(RecordArticles.key(n));
                  return i == null ? null : values[i];
                },
                names));
  }

  @Override
  public long position() {
    return progress.getAsLong();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
