package org.netagraph.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Three short articles written for these tests (Hindi, English, code-mixed), and the same three in
 * every input format load reads: .txt with header lines, JSON lines, CSV, HTML pages with the
 * furniture of real news sites around the story (menus, ads, share bars, related links, comments
 * that name other politicians, footer), and a WARC built with jwarc.
 */
public final class NewsFixtures {
  private NewsFixtures() {}

  /** One article: what every format carries. */
  public record Story(
      String key,
      String url,
      String date,
      String place,
      String title,
      String source,
      List<String> paragraphs) {
    public String text() {
      return String.join("\n\n", paragraphs);
    }
  }

  public static final Story HINDI =
      new Story(
          "bhopal",
          "https://news.example.in/mp/2019/07/kamal-nath-tomar-meeting",
          "2019-07-01",
          "भोपाल",
          "कमलनाथ और तोमर के बीच कर्ज माफी पर चर्चा",
          "नई ख़बर",
          List.of(
              "मध्य प्रदेश के मुख्यमंत्री कमलनाथ ने सोमवार को भोपाल में केंद्रीय कृषि मंत्री नरेंद्र सिंह"
                  + " तोमर से मुलाकात की। दोनों नेताओं के बीच किसानों की कर्ज माफी पर चर्चा हुई।",
              "बैठक के बाद कमलनाथ ने कहा कि राज्य सरकार किसानों के साथ खड़ी है। पूर्व मुख्यमंत्री"
                  + " शिवराज सिंह चौहान ने इस योजना पर सवाल उठाए।"));

  public static final Story ENGLISH =
      new Story(
          "jaipur",
          "https://news.example.in/rajasthan/2019/07/gehlot-meets-modi",
          "2019-07-02",
          "Jaipur",
          "Gehlot meets Modi, seeks funds for drought-hit districts",
          "The Example Times",
          List.of(
              "Rajasthan Chief Minister Ashok Gehlot met Prime Minister Narendra Modi in New Delhi"
                  + " on Tuesday and sought central funds for the drought-hit districts of western"
                  + " Rajasthan.",
              "Gehlot later told reporters that the Prime Minister had assured him of help. Former"
                  + " Chief Minister Vasundhara Raje said the state government had wasted six"
                  + " months."));

  public static final Story MIXED =
      new Story(
          "mumbai",
          "https://news.example.in/maharashtra/2020/01/thackeray-pawar",
          "2020-01-15",
          "मुंबई",
          "उद्धव ठाकरे ने शरद पवार से की मुलाकात",
          "नई ख़बर",
          List.of(
              "महाराष्ट्र के मुख्यमंत्री उद्धव ठाकरे ने बुधवार को मुंबई में एनसीपी प्रमुख शरद पवार से"
                  + " मुलाकात की। \"We discussed the farm loan waiver and the cabinet expansion,\""
                  + " Thackeray told reporters after the meeting.",
              "इस दौरान उपमुख्यमंत्री अजित पवार भी मौजूद थे।"));

  public static final List<Story> ALL = List.of(HINDI, ENGLISH, MIXED);

  /** {@code <key>.txt} with a header line, as the project's own articles are written. */
  public static void writeTxt(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Story s : ALL) {
      Files.writeString(
          dir.resolve(s.key() + ".txt"),
          "date " + s.date() + " " + s.place() + ". " + s.text() + "\n",
          StandardCharsets.UTF_8);
    }
  }

  /** One JSON object a line, in three shapes scrapers write (dates ISO, RFC 1123, epoch). */
  public static Path writeJsonl(Path file) throws IOException {
    String a =
        json(
            "url",
            HINDI.url(),
            "title",
            HINDI.title(),
            "published",
            "2019-07-01T10:30:00+05:30",
            "body",
            HINDI.text(),
            "source",
            HINDI.source());
    String b =
        "{\"link\":"
            + q(ENGLISH.url())
            + ",\"headline\":"
            + q(ENGLISH.title())
            + ",\"pubDate\":\"Tue, 02 Jul 2019 18:05:00 +0530\",\"content\":["
            + ENGLISH.paragraphs().stream().map(NewsFixtures::q).collect(Collectors.joining(","))
            + "],\"source\":{\"id\":null,\"name\":"
            + q(ENGLISH.source())
            + "}}";
    String c =
        "{\"url\":"
            + q(MIXED.url())
            + ",\"title\":"
            + q(MIXED.title())
            + ",\"date\":1579080600,\"text\":"
            + q(MIXED.text())
            + ",\"publisher\":"
            + q(MIXED.source())
            + "}";
    Files.createDirectories(file.getParent());
    Files.writeString(file, a + "\n\n" + b + "\r\n" + c + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** The JSON lines' three objects as one JSON array. */
  public static Path writeJsonArray(Path file) throws IOException {
    Path lines = writeJsonl(file.resolveSibling(file.getFileName() + ".lines"));
    List<String> objects =
        Files.readAllLines(lines, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    Files.delete(lines);
    Files.writeString(file, "[\n" + String.join(",\n", objects) + "\n]\n", StandardCharsets.UTF_8);
    return file;
  }

  /** A header row and one quoted record per article (line breaks inside the text). */
  public static Path writeCsv(Path file) throws IOException {
    StringBuilder b = new StringBuilder("Title,Date,URL,Source,Body\r\n");
    String[] dates = {"01-07-2019", "2019-07-02", "15/01/2020"};
    for (int i = 0; i < ALL.size(); i++) {
      Story s = ALL.get(i);
      b.append(csv(s.title()))
          .append(',')
          .append(dates[i])
          .append(',')
          .append(s.url())
          .append(',')
          .append(csv(s.source()))
          .append(',')
          .append(csv(s.text()))
          .append("\r\n");
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    return file;
  }

  /** {@code <key>.html}: each page laid out like a different site. */
  public static void writeHtml(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Story s : ALL) {
      Files.writeString(dir.resolve(s.key() + ".html"), page(s), StandardCharsets.UTF_8);
    }
  }

  /** The page of a story. */
  public static String page(Story s) {
    return s == HINDI ? articlePage(s) : s == ENGLISH ? divPage(s) : jsonLdPage(s);
  }

  /**
   * A WARC of the three pages as a crawler writes it (request and response records), with what a
   * crawl also holds: a stylesheet, a 404, a redirect and a section front without a story.
   */
  public static Path writeWarc(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
            WarcCompression.GZIP)) {
      Instant t = Instant.parse("2024-01-10T05:00:00Z");
      response(w, "https://news.example.in/", 200, "text/html; charset=utf-8", sectionFront(), t);
      for (Story s : ALL) {
        w.write(
            new WarcRequest.Builder(URI.create(s.url()))
                .date(t)
                .body(
                    MediaType.HTTP_REQUEST,
                    ("GET "
                            + URI.create(s.url()).getPath()
                            + " HTTP/1.1\r\nHost: news.example.in\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII))
                .build());
        response(w, s.url(), 200, "text/html; charset=UTF-8", page(s), t);
      }
      response(w, "https://news.example.in/static/site.css", 200, "text/css", "body{}", t);
      response(w, "https://news.example.in/old-story", 404, "text/html", "<p>Not found</p>", t);
      response(w, "https://news.example.in/go", 301, "text/html", "<a href=\"/\">moved</a>", t);
    }
    return file;
  }

  private static void response(
      WarcWriter w, String url, int status, String type, String body, Instant t)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    w.write(new WarcResponse.Builder(URI.create(url)).date(t).body(http).build());
  }

  private static String menu() {
    return "<header class=\"site-header\"><div class=\"logo\">नई ख़बर</div>"
        + "<nav class=\"main-nav\"><ul><li><a href=\"/\">होम</a></li><li><a href=\"/desh\">देश</a></li>"
        + "<li><a href=\"/rajneeti\">राजनीति</a></li><li><a href=\"/mp\">मध्य प्रदेश</a></li>"
        + "<li><a href=\"/rajasthan\">Rajasthan</a></li><li><a href=\"/video\">वीडियो</a></li></ul>"
        + "</nav></header><div class=\"breaking-ticker\">ब्रेकिंग: प्रधानमंत्री नरेंद्र मोदी आज वाराणसी"
        + " में रोड शो करेंगे · Chief Minister Yogi Adityanath to review flood relief</div>";
  }

  private static String ad() {
    return "<div class=\"ad-slot ad-300x250\"><span>Advertisement</span><iframe"
        + " src=\"https://ads.example.com/x\"></iframe></div>";
  }

  private static String share() {
    return "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a"
        + " href=\"#\">WhatsApp</a></div>";
  }

  private static String related() {
    return "<section class=\"related-stories\"><h3>यह भी पढ़ें</h3><ul>"
        + "<li><a href=\"/a\">मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में गृह मंत्री अमित शाह से मुलाकात"
        + " की</a></li><li><a href=\"/b\">Karnataka Chief Minister B. S. Yediyurappa meets Amit"
        + " Shah</a></li></ul></section>";
  }

  private static String comments() {
    return "<section id=\"comments\" class=\"comments-area\"><h3>पाठकों की राय (3)</h3>"
        + "<div class=\"comment\"><p class=\"comment-author\">रमेश, इंदौर</p><p>शिवराज सिंह"
        + " चौहान ही असली जननेता हैं, मुख्यमंत्री कमलनाथ ने आज तक कोई वादा पूरा नहीं किया, कर्ज"
        + " माफी सिर्फ कागज पर है, गांव गांव में किसान परेशान हैं और सरकार सो रही है।</p></div>"
        + "<div class=\"comment\"><p class=\"comment-author\">Suresh K.</p><p>Gujarat Chief"
        + " Minister Vijay Rupani met Amit Shah last week, why is nobody writing about that?"
        + " The media only covers Delhi, Jaipur and Bhopal, and the rest of the country is"
        + " forgotten every single time.</p></div>"
        + "<div class=\"comment\"><p class=\"comment-author\">अनीता</p><p>राहुल गांधी को"
        + " कांग्रेस अध्यक्ष पद पर बने रहना चाहिए था, पार्टी के कार्यकर्ता निराश हैं, संगठन कमजोर"
        + " हो रहा है, और चुनाव में इसका असर साफ दिखेगा, यह सब जानते हैं।</p></div>"
        + "<form class=\"comment-form\"><textarea></textarea><button>भेजें</button></form>"
        + "</section>";
  }

  private static String footer() {
    return "<footer class=\"site-footer\"><p>© 2019 नई ख़बर मीडिया प्राइवेट लिमिटेड. सर्वाधिकार"
        + " सुरक्षित. हमारे बारे में · संपर्क · गोपनीयता नीति · विज्ञापन दें</p><p>Copyright ©"
        + " The Example Times, New Delhi. All rights reserved. Terms of use, privacy policy and"
        + " cookie policy apply to every page of this website.</p></footer>"
        + "<div class=\"cookie-consent\">We use cookies to improve your experience. <button>OK</button></div>";
  }

  private static String head(Story s, String extra) {
    return "<!DOCTYPE html><html lang=\"hi\"><head><meta charset=\"utf-8\"><title>"
        + s.title()
        + " | "
        + s.source()
        + "</title><link rel=\"canonical\" href=\""
        + s.url()
        + "\"><meta property=\"og:title\" content=\""
        + s.title()
        + "\"><meta property=\"og:site_name\" content=\""
        + s.source()
        + "\"><meta property=\"og:type\" content=\"article\">"
        + extra
        + "<script>window.dataLayer=[{'page':'article','section':'politics'}];</script>"
        + "<style>.ad-slot{min-height:250px}</style></head>";
  }

  /** An {@code <article>} with a headline, a byline, a photo and paragraphs with an ad between. */
  private static String articlePage(Story s) {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < s.paragraphs().size(); i++) {
      p.append("<p>")
          .append(s.paragraphs().get(i).replace("कमलनाथ", "<strong>कमलनाथ</strong>"))
          .append("</p>");
      if (i == 0) {
        p.append(ad())
            .append(
                "<p class=\"also-read\"><strong>यह भी पढ़ें:</strong> <a href=\"/x\">शिवराज"
                    + " सिंह चौहान ने मुख्यमंत्री कमलनाथ पर साधा निशाना</a></p>");
      }
    }
    return head(
            s,
            "<meta property=\"article:published_time\" content=\"2019-07-01T10:30:00+05:30\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\""
                + s.title()
                + "\",\"datePublished\":\"2019-07-01T10:30:00+05:30\"}</script>")
        + "<body>"
        + menu()
        + "<main><article class=\"story\"><h1>"
        + s.title()
        + "</h1><div class=\"byline\">नई ख़बर ब्यूरो | भोपाल | 1 जुलाई 2019</div>"
        + share()
        + "<figure><img src=\"/p.jpg\"><figcaption>मुख्यमंत्री कमलनाथ और केंद्रीय मंत्री नरेंद्र"
        + " सिंह तोमर (फाइल फोटो)</figcaption></figure>"
        + "<div class=\"story-body\">"
        + p
        + "</div><div class=\"tags\"><a href=\"/t/1\">कमलनाथ</a> <a href=\"/t/2\">किसान</a></div>"
        + "</article>"
        + related()
        + comments()
        + "</main>"
        + footer()
        + "</body></html>";
  }

  /** No {@code <article>}: divs, a sidebar of most-read stories, long comments. */
  private static String divPage(Story s) {
    StringBuilder p = new StringBuilder();
    for (String para : s.paragraphs()) {
      p.append("<p>")
          .append(para.replace("Narendra Modi", "<a href=\"/t/modi\">Narendra Modi</a>"))
          .append("</p>");
    }
    return head(
            s,
            "<meta property=\"article:published_time\" content=\"2019-07-02T18:05:00+0530\">"
                + "<meta property=\"og:url\" content=\""
                + s.url()
                + "\">")
        + "<body><div id=\"wrapper\">"
        + menu()
        + "<div class=\"row\"><div class=\"col-8\"><div class=\"headline\"><h1>"
        + s.title()
        + "</h1></div><div class=\"author-info\">By Our Correspondent, Jaipur</div>"
        + "<div class=\"article-text\">"
        + p
        + "</div>"
        + share()
        + comments()
        + "</div><div class=\"col-4 sidebar\"><h4>Most read</h4><p><a href=\"/r1\">Punjab Chief"
        + " Minister Amarinder Singh meets Prime Minister Narendra Modi</a></p><p><a"
        + " href=\"/r2\">Former Chief Minister Vasundhara Raje attacks Gehlot</a></p>"
        + ad()
        + "</div></div>"
        + footer()
        + "</div></body></html>";
  }

  /** JSON-LD {@code articleBody} in one line, the page's paragraphs split by an ad and a poll. */
  private static String jsonLdPage(Story s) {
    String body = s.text().replace("\n\n", " ").replace("\"", "\\\"");
    return head(
            s,
            "<script type=\"application/ld+json\">[{\"@context\":\"https://schema.org\","
                + "\"@type\":\"BreadcrumbList\",\"itemListElement\":[]},{\"@context\":"
                + "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\""
                + s.title()
                + "\",\"datePublished\":\"2020-01-15T15:00:00+05:30\",\"publisher\":{\"@type\":"
                + "\"Organization\",\"name\":\""
                + s.source()
                + "\"},\"articleBody\":\""
                + body
                + "\"}]</script>")
        + "<body>"
        + menu()
        + "<div class=\"container\"><div class=\"main-col\"><h1>"
        + s.title()
        + "</h1><div class=\"content\"><p>"
        + s.paragraphs().get(0).replace("\"", "&quot;")
        + "</p>"
        + ad()
        + "<div class=\"poll\"><p>क्या महाराष्ट्र सरकार पांच साल चलेगी? हां / नहीं</p></div><p>"
        + s.paragraphs().get(1)
        + "</p></div>"
        + related()
        + comments()
        + "</div></div>"
        + footer()
        + "</body></html>";
  }

  /** A section front: headlines and teasers, no story. */
  private static String sectionFront() {
    return "<html><head><title>नई ख़बर - राजनीति</title></head><body>"
        + menu()
        + "<ul><li><a href=\"/a\">कमलनाथ ने तोमर से की मुलाकात</a></li><li><a href=\"/b\">Gehlot"
        + " meets Modi</a></li></ul>"
        + footer()
        + "</body></html>";
  }

  private static String json(String... kv) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < kv.length; i += 2) {
      b.append(i == 0 ? "" : ",").append(q(kv[i])).append(':').append(q(kv[i + 1]));
    }
    return b.append('}').toString();
  }

  static String q(String s) {
    return "\""
        + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
        + "\"";
  }

  private static String csv(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
