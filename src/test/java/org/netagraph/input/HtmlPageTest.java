package org.netagraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.netagraph.model.Article;
import org.netagraph.support.NewsFixtures;
import org.netagraph.text.ArticleReader;

class HtmlPageTest {
  private static final BoilerplateHints HINTS = InputOptions.defaults().hints();

  private static Article page(String html, BoilerplateHints hints) {
    return HtmlPage.article(
        "p.html", html.getBytes(StandardCharsets.UTF_8), 0, "p", null, null, "", hints, false);
  }

  private static String txtText(NewsFixtures.Story s) {
    String file = "date " + s.date() + " " + s.place() + ". " + s.text() + "\n";
    return ArticleReader.parse(Path.of(s.key() + ".txt"), file.getBytes(StandardCharsets.UTF_8))
        .text();
  }

  @Test
  void everyFixturePageGivesTheTxtTextAndItsMetadata() {
    for (NewsFixtures.Story s : NewsFixtures.ALL) {
      Article a = page(NewsFixtures.page(s), HINTS);
      assertEquals(txtText(s), a.text(), s.key());
      assertEquals(s.url(), a.id());
      assertEquals(s.url(), a.url());
      assertEquals(s.title(), a.title());
      assertEquals(s.source(), a.source());
      assertEquals(s.date(), a.date());
    }
  }

  @Test
  void devanagariComesOutAsCleanAsFromTxt() {
    // entities, NBSP, a zero-width joiner, a soft hyphen, inline markup inside words' sentences
    String html =
        "<html><body><article><p>मध्य&nbsp;प्रदेश के मुख्य&shy;मंत्री <b>कमल</b>नाथ ने"
            + " &#2349;&#2379;&#2346;&#2366;&#2354; में बैठक ली।\n   उन्होंने क्\u200Dया कहा?</p>"
            + "</article></body></html>";
    String txt = "मध्य प्रदेश के मुख्यमंत्री कमलनाथ ने भोपाल में बैठक ली। उन्होंने क्या कहा?";
    assertEquals(
        ArticleReader.parse(Path.of("t.txt"), txt.getBytes(StandardCharsets.UTF_8)).text(),
        page(html, HINTS).text());
  }

  @Test
  void densityFindsTheStoryInAnArticleElementWithoutClassWords() {
    // structure and density alone find the story of the <article> page (with the furniture inside
    // it: ad label, also-read line); on the div page long comments full of commas outscore the
    // story, which is what the class words of models/ are for
    String[] paragraphs = txtText(NewsFixtures.HINDI).split("\n\n");
    Article a = page(NewsFixtures.page(NewsFixtures.HINDI), BoilerplateHints.none());
    for (String p : paragraphs) {
      assertTrue(a.text().contains(p), a.text());
    }
    assertFalse(a.text().contains("रमेश"), a.text());
    Article d = page(NewsFixtures.page(NewsFixtures.ENGLISH), BoilerplateHints.none());
    assertFalse(d.text().contains(txtText(NewsFixtures.ENGLISH)), d.text());
  }

  @Test
  void commentsAndMenusStayOut() {
    Article a = page(NewsFixtures.page(NewsFixtures.ENGLISH), HINTS);
    for (String furniture :
        new String[] {"Rupani", "Amarinder", "Facebook", "Advertisement", "cookies", "Copyright"}) {
      assertFalse(a.text().contains(furniture), furniture + " in:\n" + a.text());
    }
  }

  @Test
  void aWarcSectionFrontIsPassedOverButAFileGivenIsNot() {
    String front =
        "<html><head><title>राजनीति</title></head><body><ul><li><a href=/a>कमलनाथ ने तोमर से की"
            + " मुलाकात</a></li></ul></body></html>";
    assertNull(
        HtmlPage.article(
            "c@0",
            front.getBytes(StandardCharsets.UTF_8),
            0,
            null,
            "https://x.in/",
            null,
            "https://x.in/",
            HINTS,
            true));
  }
}
