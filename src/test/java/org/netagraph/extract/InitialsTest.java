package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netagraph.support.TestPipeline.run;
import static org.netagraph.support.TestPipeline.surfaces;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.netagraph.model.ArticleFacts;

/** Initials stay with their names: sentences written for these tests. */
class InitialsTest {

  @Test
  void initialsThatAreAlsoWordsStayWithTheName() {
    // जी is an honorific and के the genitive; with a full stop after them they are G. and K.
    ArticleFacts f =
        run(
            "date 2023-02-10 कोच्चि. मौसम केंद्र के निदेशक जी.के. पिल्लई ने बताया कि बारिश होगी।"
                + " सर्जन डॉ. जी. सुब्रमण्यम ने ऑपरेशन किया।");
    assertEquals(List.of("जी के पिल्लई", "जी सुब्रमण्यम"), surfaces(f));
  }

  @Test
  void theRecognisersWordsTakeTheInitialsBeforeThem() {
    ArticleFacts f =
        run(
            "date 2023-02-10 चेन्नई. सब-इंस्पेक्टर टी.आर. मुरुगन के नेतृत्व में टीम पहुंची।"
                + " पूर्व सांसद एस. उमा शंकर राव का निधन हो गया।");
    List<String> s = surfaces(f);
    assertTrue(s.contains("टी आर मुरुगन"), s.toString());
    assertTrue(s.contains("एस उमा शंकर राव"), s.toString());
  }

  @Test
  void aMiddleInitialJoinsTheWordsOnBothSides() {
    ArticleFacts f =
        run(
            "date 2023-02-10 मदुरै. अस्पताल के अध्यक्ष डॉ. सेल्वम आर. नटराजन ने कहा कि इलाज जारी है।");
    assertEquals(List.of("सेल्वम आर नटराजन"), surfaces(f));
  }

  @Test
  void anHonorificAfterANameIsNoInitialOfTheNextName() {
    ArticleFacts f =
        run("date 2023-02-10 जयपुर. मंच पर गहलोत जी. रमेश मीणा और सचिन पायलट मौजूद थे।");
    List<String> s = surfaces(f);
    assertTrue(s.contains("रमेश मीणा"), s.toString());
    assertTrue(s.stream().noneMatch(a -> a.contains("जी रमेश")), s.toString());
  }

  @Test
  void aNameTakesTheSurnameTheRecogniserLeftAndNoPlaceAfterIt() {
    ArticleFacts f =
        run(
            "date 2021-05-10 गुवाहाटी. मंत्रियों में किशोर कुमार महंत, रुपाली गोगोई और हेमेन दास"
                + " हैं। पूर्व मंत्री गोपाल कृष्ण रेड्डी नेल्लोर में हार गए।");
    List<String> s = surfaces(f);
    assertTrue(s.contains("किशोर कुमार महंत"), s.toString());
    assertTrue(s.stream().noneMatch(a -> a.contains("नेल्लोर")), s.toString());
  }

  @Test
  void aNameWithoutItsMiddleWordIsTheSamePerson() {
    ArticleFacts f =
        run(
            "date 2023-03-02 आगरा. भाजपा नेता हरिशंकर प्रसाद कुशवाहा ने रैली की। बाद में हरिशंकर"
                + " कुशवाहा ने कहा कि सरकार काम कर रही है।");
    assertEquals(1, f.persons().size(), f.persons().toString());
    assertEquals(
        List.of("हरिशंकर कुशवाहा", "हरिशंकर प्रसाद कुशवाहा"),
        List.copyOf(new TreeSet<>(f.persons().get(0).aliases())));
  }
}
