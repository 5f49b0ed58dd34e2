package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.PersonEntity;
import org.netagraph.support.TestPipeline;
import org.netagraph.text.ArticleReader;

/** A day page of several stories: each dateline's paragraph is about its own state. */
class StoryStatesTest {
  private static Map<String, String> statesOfTitles(String text, String title) {
    ArticleFacts f =
        TestPipeline.get()
            .process(
                ArticleReader.parse(Path.of("page.txt"), text.getBytes(StandardCharsets.UTF_8)));
    Map<String, String> names = new TreeMap<>();
    for (PersonEntity p : f.persons()) {
      names.put(p.key(), p.aliases().get(0));
    }
    Map<String, String> out = new TreeMap<>();
    for (Holds h : f.holds()) {
      if (h.office().title().equals(title)) {
        out.put(names.get(h.personKey()), String.valueOf(h.office().stateId()));
      }
    }
    return out;
  }

  @Test
  void aBareTitleBelongsToItsParagraphsDatelineADelhiStoryToNoStateThenThePageAgain() {
    String page =
        "date 2020-06-10 Lucknow. आज के प्रमुख समाचार।\n\n"
            + "थाना प्रभारी रमेश तिवारी ने बताया कि आरोपी पकड़ा गया।\n\n"
            + "भोपाल (एजेंसी)। एसपी अनुराग मिश्रा ने कहा कि जांच जारी है। थाना प्रभारी कमल"
            + " वर्मा मौके पर पहुंचे।\n\n"
            + "पटना, 10 जून। एसपी विजय कुमार सिन्हा ने गश्त बढ़ाने का निर्देश दिया।\n\n"
            + "नई दिल्ली (एजेंसी)। एसपी सुधीर यादव ने प्रेस वार्ता की।\n\n"
            + "एसपी प्रदीप चौहान ने बैठक ली।";
    assertEquals(
        Map.of(
            "अनुराग मिश्रा", "madhya-pradesh",
            "विजय कुमार सिन्हा", "bihar",
            "सुधीर यादव", "null",
            "प्रदीप चौहान", "uttar-pradesh"),
        statesOfTitles(page, "Superintendent of Police"));
  }
}
