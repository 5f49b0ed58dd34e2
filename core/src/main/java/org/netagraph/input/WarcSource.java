package org.netagraph.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netagraph.InputException;
import org.netagraph.text.ArticleReader;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive ({@code .warc}, {@code .warc.gz}) read with jwarc: every {@code response} record of
 * an HTML page with HTTP status 200 that holds a story is an article, its target URI the id.
 * Requests, metadata, revisits, redirects, errors, other media types and pages without a story
 * (section fronts, tag pages) are passed over and counted. A record is named by its byte offset
 * ({@code crawl.warc.gz@5120}, the offset a CDX index gives).
 */
final class WarcSource implements ArticleSource {
  private final WarcReader reader;
  private final FileChannel channel;
  private final String name;
  private final BoilerplateHints hints;
  private long passedOver;

  WarcSource(Path file, String name, BoilerplateHints hints) {
    this.name = name;
    this.hints = hints;
    try {
      this.channel = FileChannel.open(file, StandardOpenOption.READ);
      this.reader = new WarcReader(channel);
    } catch (IOException e) {
      throw new InputException(name, "not a WARC file: " + e.getMessage(), e);
    }
  }

  WarcSource(InputStream in, String name, BoilerplateHints hints) {
    this.name = name;
    this.hints = hints;
    this.channel = null;
    try {
      this.reader = new WarcReader(in);
    } catch (IOException e) {
      throw new InputException(name, "not a WARC file: " + e.getMessage(), e);
    }
  }

  @Override
  public Item next() {
    while (true) {
      Optional<WarcRecord> next;
      long at = reader.position();
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        throw new InputException(
            name + "@" + at, "not a WARC record: " + e.getMessage() + "; the rest not read", e);
      }
      if (next.isEmpty()) {
        return null;
      }
      WarcRecord r = next.get();
      String where = name + "@" + r.position();
      if (!(r instanceof WarcResponse resp)) {
        passedOver++;
        continue;
      }
      Item item = response(resp, where);
      if (item != null) {
        return item;
      }
      passedOver++;
    }
  }

  /** The item of an HTML response with status 200, or null for any other response. */
  private Item response(WarcResponse resp, String where) {
    HttpResponse http;
    String target;
    byte[] body;
    String charset;
    try {
      if (!resp.contentType().base().equals(MediaType.HTTP)) {
        return null; // a DNS, Gemini or other response
      }
      target = resp.target();
      http = resp.http();
      if (http.status() != 200) {
        return null;
      }
      MediaType type = http.contentType();
      String base = type.base().toString().toLowerCase(Locale.ROOT);
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return null;
      }
      charset = type.parameters().get("charset");
      body = read(http.bodyDecoded().stream());
    } catch (IllegalArgumentException e) {
      return Item.bad(where, "HTTP response with a bad header: " + e.getMessage());
    } catch (IOException e) {
      return Item.bad(where, "cannot read the HTTP response: " + e.getMessage());
    } catch (TooLarge e) {
      return Item.bad(where, "page is over " + ArticleReader.MAX_BYTES / 1048576 + " MB");
    }
    if (body.length == 0) {
      return Item.bad(where, "empty page (" + target + ")");
    }
    String id = target;
    return new Item(
        where, () -> HtmlPage.article(where, body, 0, null, id, charset, id, hints, true));
  }

  private static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;
  }

  private static byte[] read(InputStream in) throws IOException, TooLarge {
    byte[] b = in.readNBytes((int) ArticleReader.MAX_BYTES + 1);
    if (b.length > ArticleReader.MAX_BYTES) {
      throw new TooLarge();
    }
    return b;
  }

  @Override
  public long position() {
    try {
      return channel != null ? channel.position() : reader.position();
    } catch (IOException e) {
      return reader.position();
    }
  }

  @Override
  public List<String> notes() {
    return passedOver == 0
        ? List.of()
        : List.of(
            name
                + ": "
                + passedOver
                + " records passed over (requests, metadata, revisits, redirects, errors, other"
                + " media than HTML)");
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
