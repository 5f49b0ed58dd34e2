package org.netagraph.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The story of a news page without its furniture (menus, ads, share bars, related links, comments,
 * footer). Two ways, the first that works:
 *
 * <ol>
 *   <li>The page's own statement of the story, JSON-LD {@code articleBody} (schema.org {@code
 *       NewsArticle}, which Indian news sites publish for search engines). Its text often lacks
 *       paragraph breaks, so the page's paragraphs that it contains are taken instead when they
 *       cover most of it; otherwise the text itself.
 *   <li>Text density, after Mozilla Readability (Firefox's reader view): furniture is removed by
 *       structure ({@code nav}, {@code aside}, {@code footer}, hidden elements, ARIA roles) and by
 *       the class and id words of {@code models/html-boilerplate.tsv}; within the page's one {@code
 *       <article>} when it has one with text, each paragraph of 25 characters or more scores its
 *       parent fully and its grandparent half (more for length and commas); the best container,
 *       less its share of link text, wins, with those of its siblings that score a fifth as well;
 *       its paragraphs, less those that are mostly links ("Also read: ..."), are the story.
 * </ol>
 *
 * Headings are not story text (the headline is the title); photo captions and embedded media are
 * left out; paragraphs are joined by blank lines as in a {@code .txt} article.
 */
final class StoryText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "ul",
          "ol",
          "li",
          "blockquote",
          "pre",
          "table",
          "tbody",
          "tr",
          "td",
          "th",
          "dl",
          "dt",
          "dd",
          "hr",
          "br",
          "address",
          "center",
          "figure",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6");
  private static final String REMOVE =
      "script, style, noscript, template, iframe, svg, canvas, object, embed, video, audio, button,"
          + " select, input, textarea, nav, aside, footer, header, figure, figcaption, h1, h2, h3,"
          + " h4, h5, h6, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [role=search], [role=dialog],"
          + " [role=alertdialog], [role=menu], [role=menubar]";
  private static final Set<String> NEVER_FURNITURE = Set.of("html", "body", "article", "main");
  private static final int MIN_PARAGRAPH = 25;

  private StoryText() {}

  /** A paragraph and how many of its characters are link text. */
  record Para(String text, int linkChars) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  /** Removes what is never story text; {@code doc} is changed. */
  static void clean(Document doc, BoilerplateHints hints) {
    doc.select(REMOVE).remove();
    for (Element e : doc.select("[style]")) {
      String st = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
      if (st.contains("display:none") || st.contains("visibility:hidden")) {
        e.remove();
      }
    }
    List<Element> furniture = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (!NEVER_FURNITURE.contains(e.normalName())
          && (e.hasAttr("class") || e.hasAttr("id"))
          && hints.furniture(e.className(), e.id())) {
        furniture.add(e);
      }
    }
    for (Element e : furniture) {
      e.remove(); // a removed ancestor takes its descendants along; removing them again is harmless
    }
  }

  /**
   * The story of a cleaned page, paragraphs joined by blank lines; empty when none is found.
   *
   * @param articleBody the JSON-LD {@code articleBody}, or null
   */
  static String story(Document doc, String articleBody) {
    if (articleBody != null && !articleBody.isBlank()) {
      return join(fromArticleBody(doc, articleBody));
    }
    Element root = doc.body();
    List<Element> articles = doc.select("article");
    if (articles.size() == 1 && articles.get(0).select("p").text().length() >= 100) {
      root = articles.get(0); // one <article> with text: the story is in it
    }
    return join(byDensity(root));
  }

  private static List<String> fromArticleBody(Document doc, String articleBody) {
    String raw = articleBody;
    if (raw.contains("<p") || raw.contains("<br")) {
      raw = join(texts(paragraphs(Jsoup.parseBodyFragment(raw).body())));
    }
    String flat = flat(raw);
    List<String> found = new ArrayList<>();
    int covered = 0;
    for (Para p : paragraphs(doc.body())) {
      String f = flat(p.text());
      if (f.length() >= 2
          && flat.contains(f)
          && (found.isEmpty() || !last(found).equals(p.text()))) {
        found.add(p.text());
        covered += f.length() + 1;
      }
    }
    if (covered >= 0.8 * flat.length()) {
      return found;
    }
    List<String> own = new ArrayList<>();
    for (String s : raw.split("\\n\\s*\\n|\\r?\\n")) {
      if (!s.isBlank()) {
        own.add(s.strip());
      }
    }
    return own;
  }

  private static String last(List<String> l) {
    return l.get(l.size() - 1);
  }

  private static List<String> byDensity(Element root) {
    if (root == null) {
      return List.of();
    }
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      String t;
      if (e.normalName().equals("p")) {
        t = e.text();
      } else if (e.normalName().equals("div") || e.normalName().equals("td")) {
        t = e.ownText();
      } else {
        continue;
      }
      if (t.length() < MIN_PARAGRAPH) {
        continue;
      }
      double s = 1 + commas(t) + Math.min(t.length() / 100, 3);
      Element holder = e.normalName().equals("p") ? e.parent() : e;
      if (holder != null) {
        score.merge(holder, s, Double::sum);
        Element grand = holder.parent();
        if (grand != null) {
          score.merge(grand, s / 2, Double::sum);
        }
      }
    }
    Element top = null;
    double best = 0;
    Map<Element, Double> finalScore = new HashMap<>();
    for (Map.Entry<Element, Double> en : score.entrySet()) {
      double s = en.getValue() * (1 - linkDensity(en.getKey()));
      finalScore.put(en.getKey(), s);
      if (s > best) {
        best = s;
        top = en.getKey();
      }
    }
    if (top == null) {
      return List.of();
    }
    List<Element> chosen = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      chosen.add(top);
    } else {
      double threshold = Math.max(10, best * 0.2);
      for (Element sib : parent.children()) {
        if (sib == top
            || finalScore.getOrDefault(sib, 0.0) >= threshold
            || (sib.normalName().equals("p")
                && sib.text().length() > 80
                && linkDensity(sib) < 0.25)) {
          chosen.add(sib);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Element e : chosen) {
      for (Para p : paragraphs(e)) {
        if (p.linkDensity() <= 0.5) {
          out.add(p.text());
        }
      }
    }
    return out;
  }

  /**
   * Readability's test of whether a page holds a story at all: long paragraphs, each counting by
   * the square root of what it has over 140 characters.
   */
  static boolean readerable(Document doc) {
    double s = 0;
    for (Element p : doc.select("p, pre, article")) {
      int len = p.text().length();
      if (len >= 140) {
        s += Math.sqrt(len - 140.0);
      }
      if (s > 20) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '\u0964' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }

  private static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / all);
  }

  /** The paragraphs under {@code root}: block elements and line breaks end one. */
  static List<Para> paragraphs(Element root) {
    List<Para> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int[] links = new int[2]; // [depth inside <a>, link characters of the current paragraph]
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
              cur.append(s);
              if (links[0] > 0) {
                links[1] += s.strip().length();
              }
            } else if (node instanceof Element e) {
              if (e.normalName().equals("a")) {
                links[0]++;
              } else if (BLOCKS.contains(e.normalName())) {
                flush(out, cur, links);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.normalName().equals("a")) {
                links[0]--;
              } else if (BLOCKS.contains(e.normalName())) {
                flush(out, cur, links);
              }
            }
          }
        },
        root);
    flush(out, cur, links);
    return out;
  }

  private static void flush(List<Para> out, StringBuilder cur, int[] links) {
    String t = cur.toString().replaceAll(" {2,}", " ").strip();
    if (!t.isEmpty()) {
      out.add(new Para(t, links[1]));
    }
    cur.setLength(0);
    links[1] = 0;
  }

  private static List<String> texts(List<Para> ps) {
    List<String> out = new ArrayList<>();
    for (Para p : ps) {
      out.add(p.text());
    }
    return out;
  }

  private static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  /** Text with every run of white space (NBSP included) one space, for containment tests. */
  private static String flat(String s) {
    return s.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
  }
}
