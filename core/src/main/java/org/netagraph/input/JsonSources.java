package org.netagraph.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;
import org.netagraph.InputException;
import org.netagraph.model.Article;
import org.netagraph.text.ArticleReader;
import org.netagraph.text.StrictUtf8Reader;

/**
 * JSON input: one object per line ({@code .jsonl}, standard input), or an array ({@code .json}).
 */
final class JsonSources {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonSources() {}

  /** The article of one JSON object; {@code where} names it. */
  static Article article(
      String where, String positionId, JsonNode node, InputOptions.Fields names) {
    if (!node.isObject()) {
      throw new InputException(where, "not a JSON object but " + kind(node));
    }
    return RecordArticles.article(where, positionId, (n, p) -> text(node, n, p), names);
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The text of field {@code name}: a dotted path into nested objects, names matched without regard
   * to case; a number as written; an object's {@code name} (a news API's {@code source: {name:
   * ...}}); a list of strings as paragraphs when {@code paragraphs}.
   */
  static String text(JsonNode node, String name, boolean paragraphs) {
    JsonNode v = node;
    for (String part : name.split("\\.")) {
      v = field(v, part);
      if (v == null) {
        return null;
      }
    }
    if (v.isTextual() || v.isNumber() || v.isBoolean()) {
      return v.asText();
    }
    if (v.isObject()) {
      JsonNode n = field(v, "name");
      return n != null && n.isTextual() ? n.asText() : null;
    }
    if (v.isArray() && paragraphs) {
      StringBuilder b = new StringBuilder();
      for (JsonNode e : v) {
        if (e.isTextual()) {
          b.append(b.length() > 0 ? "\n\n" : "").append(e.asText());
        }
      }
      return b.toString();
    }
    return null;
  }

  private static JsonNode field(JsonNode v, String name) {
    if (!v.isObject()) {
      return null;
    }
    JsonNode exact = v.get(name);
    if (exact != null) {
      return exact.isNull() ? null : exact;
    }
    String k = RecordArticles.key(name);
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (RecordArticles.key(e.getKey()).equals(k)) {
        return e.getValue().isNull() ? null : e.getValue();
      }
    }
    return null;
  }

  /** One JSON object per line; blank lines are passed over. */
  static final class Lines implements ArticleSource {
    private final CountingInputStream in;
    private final LineReader lines;
    private final LongSupplier progress;
    private final String name;
    private final String fileId;
    private final InputOptions.Fields names;
    private long line;

    Lines(
        InputStream in,
        LongSupplier progress,
        String name,
        String fileId,
        InputOptions.Fields names) {
      this.progress = progress;
      this.in = new CountingInputStream(in);
      this.lines = new LineReader(this.in);
      this.name = name;
      this.fileId = fileId;
      this.names = names;
    }

    @Override
    public Item next() {
      while (true) {
        LineReader.Line l;
        try {
          l = lines.read(ArticleReader.MAX_BYTES);
        } catch (IOException e) {
          throw new InputException(
              name + ":" + (line + 1), "cannot read: " + e.getMessage() + "; the rest not read", e);
        }
        if (l == null) {
          return null;
        }
        line++;
        String where = name + ":" + line;
        if (l.tooLong()) {
          return Item.bad(
              where, "line is over " + ArticleReader.MAX_BYTES / 1048576 + " MB; no article is");
        }
        if (l.blank()) {
          continue;
        }
        byte[] bytes = l.bytes();
        long start = l.start();
        String positionId = fileId + "#" + line;
        return new Item(
            where,
            () -> {
              String s = ArticleReader.decode(where, bytes, start);
              JsonNode node;
              try {
                node = JSON.readTree(s);
              } catch (JsonProcessingException e) {
                throw new InputException(
                    where,
                    "not JSON: "
                        + e.getOriginalMessage()
                        + " (column "
                        + e.getLocation().getColumnNr()
                        + ")",
                    e);
              }
              return article(where, positionId, node, names);
            });
      }
    }

    @Override
    public long position() {
      return progress.getAsLong();
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A JSON array of objects, read element by element, or a single object. */
  static final class Array implements ArticleSource {
    private final CountingInputStream in;
    private final LongSupplier progress;
    private final JsonParser parser;
    private final String name;
    private final String fileId;
    private final InputOptions.Fields names;
    private boolean started;
    private boolean single;
    private boolean done;
    private int index;

    Array(
        InputStream in,
        LongSupplier progress,
        String name,
        String fileId,
        InputOptions.Fields names) {
      this.progress = progress;
      this.in = new CountingInputStream(in);
      this.name = name;
      this.fileId = fileId;
      this.names = names;
      try {
        this.parser = JSON.createParser(new StrictUtf8Reader(this.in, name));
      } catch (IOException e) {
        throw new InputException(name, "cannot read: " + e.getMessage(), e);
      }
    }

    @Override
    public Item next() {
      if (done) {
        return null;
      }
      int lineNo = 0;
      try {
        if (!started) {
          started = true;
          JsonToken t = parser.nextToken();
          if (t == null) {
            throw new InputException(name, "empty file (no JSON)");
          }
          if (t == JsonToken.START_OBJECT) {
            single = true;
          } else if (t != JsonToken.START_ARRAY) {
            throw new InputException(
                name + ":" + parser.currentTokenLocation().getLineNr(),
                "a .json file holds an array of article objects or one object, not "
                    + t.asString());
          }
        }
        JsonToken t = single ? JsonToken.START_OBJECT : parser.nextToken();
        if (t == JsonToken.END_ARRAY || t == null) {
          done = true;
          return null;
        }
        JsonLocation at = parser.currentTokenLocation();
        lineNo = at.getLineNr();
        JsonNode node = parser.readValueAsTree();
        if (single) {
          done = true;
        }
        index++;
        String where = name + ":" + lineNo;
        String positionId = fileId + "#" + index;
        return new Item(where, () -> article(where, positionId, node, names));
      } catch (JsonProcessingException e) {
        done = true;
        throw new InputException(
            name + ":" + e.getLocation().getLineNr(),
            "not JSON: " + e.getOriginalMessage() + "; the rest of the file was not read",
            e);
      } catch (IOException e) {
        done = true;
        throw new InputException(name, "cannot read: " + e.getMessage(), e);
      }
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
}
