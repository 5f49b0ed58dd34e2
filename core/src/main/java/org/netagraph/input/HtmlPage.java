package org.netagraph.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netagraph.InputException;
import org.netagraph.model.Article;
import org.netagraph.text.ArticleReader;

/**
 * One HTML page as an article: its story ({@link StoryText}), and from its metadata the title
 * (JSON-LD {@code headline}, {@code og:title}, {@code <title>}), the date (JSON-LD {@code
 * datePublished}, {@code article:published_time}, {@code itemprop=datePublished}), the canonical
 * URL ({@code link rel=canonical}, {@code og:url}, JSON-LD {@code url}) and the publisher ({@code
 * og:site_name}, JSON-LD {@code publisher.name}).
 *
 * <p>The bytes are decoded in the charset the page declares (HTTP header, byte order mark, {@code
 * <meta charset>}), UTF-8 when it declares none; strictly: a malformed byte is an error with its
 * offset, never a silent replacement.
 */
final class HtmlPage {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlPage() {}

  /** What a page says about itself. */
  record Meta(String title, String date, String url, String source, String body, boolean article) {}

  /**
   * The article of a page, or null when {@code onlyStories} and the page is no story (a section
   * front, a tag page: no article metadata, no {@code <article>} with paragraphs, no long
   * paragraphs).
   *
   * @param where the page, for messages and the article's path
   * @param fallbackId the id when the page names no canonical URL (a file's path id), or null
   * @param fixedId the id whatever the page says (a WARC record's target URI), or null
   * @param base the byte offset of {@code bytes} in its file, for error messages
   * @param httpCharset the charset of an HTTP Content-Type header, or null
   * @param baseUri the page's address, to resolve relative links; "" when unknown
   */
  static Article article(
      String where,
      byte[] bytes,
      long base,
      String fallbackId,
      String fixedId,
      String httpCharset,
      String baseUri,
      BoilerplateHints hints,
      boolean onlyStories) {
    String html = decode(where, bytes, base, httpCharset);
    Document doc = Jsoup.parse(html, baseUri);
    Meta meta = meta(where, doc);
    StoryText.clean(doc, hints);
    if (onlyStories && !meta.article() && !StoryText.readerable(doc)) {
      return null;
    }
    String story = StoryText.story(doc, meta.body());
    if (story.isBlank()) {
      throw new InputException(
          where, "no story text found (no JSON-LD articleBody, no block of paragraphs)");
    }
    String text = ArticleReader.body(where, story);
    String url = meta.url() != null ? meta.url() : RecordArticles.url(fixedId);
    String id = fixedId != null ? RecordArticles.url(fixedId) : url != null ? url : fallbackId;
    if (id == null) {
      throw new InputException(where, "no id: the page names no canonical URL");
    }
    return new Article(
        id,
        where,
        meta.date(),
        null,
        RecordArticles.digest(text, meta.date(), meta.title(), url, meta.source()),
        text,
        meta.title(),
        url,
        meta.source());
  }

  static String decode(String where, byte[] bytes, long base, String httpCharset) {
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      return ArticleReader.decode(where, bytes, base);
    }
    String declared = httpCharset;
    if (declared == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      declared = m.find() ? m.group(1) : null;
    }
    Charset cs;
    try {
      cs = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new InputException(where, "the page declares charset '" + declared + "', unknown", e);
    }
    if (cs.equals(StandardCharsets.UTF_8)
        || cs.name().toLowerCase(Locale.ROOT).startsWith("us-ascii")) {
      return ArticleReader.decode(where, bytes, base);
    }
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(
          where,
          "not valid " + cs.name() + ", the charset the page declares: " + e.getMessage(),
          e);
    }
  }

  /** The page's metadata, before any element is removed. */
  static Meta meta(String where, Document doc) {
    JsonNode ld = newsArticle(doc);
    String title =
        firstOf(
            text(ld, "headline"),
            attr(doc, "meta[property=og:title]", "content"),
            attr(doc, "meta[name=twitter:title]", "content"),
            doc.title());
    String url =
        firstOf(
            attr(doc, "link[rel=canonical]", "abs:href"),
            attr(doc, "meta[property=og:url]", "content"),
            text(ld, "url"),
            ld == null ? null : text(ld.get("mainEntityOfPage"), "@id"));
    String source =
        firstOf(
            attr(doc, "meta[property=og:site_name]", "content"),
            ld == null ? null : text(ld.get("publisher"), "name"));
    String date = null;
    List<String> dates = new ArrayList<>();
    for (String d :
        new String[] {
          text(ld, "datePublished"),
          attr(doc, "meta[property=article:published_time]", "content"),
          attr(doc, "meta[itemprop=datePublished]", "content"),
          attr(doc, "[itemprop=datePublished][datetime]", "datetime")
        }) {
      if (d != null && !d.isBlank()) {
        dates.add(d);
      }
    }
    if (!dates.isEmpty()) {
      try {
        date = Dates.parse(dates.get(0));
      } catch (DateTimeException e) {
        throw new InputException(where, "publication date " + e.getMessage(), e);
      }
    }
    boolean isArticle =
        ld != null
            || "article".equalsIgnoreCase(attr(doc, "meta[property=og:type]", "content"))
            || doc.selectFirst("article p") != null;
    return new Meta(
        RecordArticles.oneLine(title),
        date,
        absolute(RecordArticles.url(url)),
        RecordArticles.oneLine(source),
        ld == null ? null : text(ld, "articleBody"),
        isArticle);
  }

  /** The first JSON-LD object typed as an article ({@code NewsArticle}, ...), or null. */
  private static JsonNode newsArticle(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(s.data());
      } catch (JsonProcessingException e) {
        continue; // a site's broken metadata: the page's other metadata and its DOM still count
      }
      JsonNode found = find(root, 0);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode n, int depth) {
    if (n == null || depth > 4) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode e : n) {
        JsonNode f = find(e, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!n.isObject()) {
      return null;
    }
    JsonNode type = n.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    for (String t : types) {
      if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting")) {
        return n;
      }
    }
    return find(n.get("@graph"), depth + 1);
  }

  private static String text(JsonNode n, String field) {
    if (n == null) {
      return null;
    }
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    return v.isValueNode() ? v.asText() : null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr);
    if (v.isBlank() && attr.startsWith("abs:")) {
      v = e.attr(attr.substring(4));
    }
    return v.isBlank() ? null : v;
  }

  /** An absolute http(s) URL, or null: a relative one cannot name the article. */
  private static String absolute(String url) {
    return url != null && url.regionMatches(true, 0, "http", 0, 4) && url.contains("://")
        ? url
        : null;
  }

  private static String firstOf(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
