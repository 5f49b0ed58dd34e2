package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Mention;
import org.netagraph.model.PersonEntity;
import org.netagraph.model.Sentence;
import org.netagraph.model.Status;
import org.netagraph.support.TestPipeline;
import org.netagraph.text.ArticleReader;

/** Extraction on small articles written for these tests; no database. */
class PipelineTest {
  private static ArticleFacts run(String text) {
    return TestPipeline.get().process(ArticleReader.parse(Path.of("t.txt"), text.getBytes(StandardCharsets.UTF_8)));
  }

  private static PersonEntity person(ArticleFacts f, String alias) {
    return f.persons().stream()
        .filter(p -> p.name().equals(alias) || p.aliases().contains(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError(alias + " not among " + f.persons()));
  }

  @Test
  void mergesOnePersonAcrossScriptsAndAGloss() {
    ArticleFacts f = run("date 2020-03 भोपाल. सांसद रमाकांत भार्गव ( ramakant bhargava meets governor ) ने राज्यपाल से भेंट की।\n\n"
        + "MP Ramakant Bhargava said the meeting was cordial. भार्गव ने कहा कि बातचीत अच्छी रही।");
    PersonEntity p = person(f, "रमाकांत भार्गव");
    assertEquals("Ramakant Bhargava", p.name());
    assertTrue(p.aliases().contains("ramakant bhargava"), p.aliases().toString());
    assertTrue(p.aliases().contains("भार्गव"), p.aliases().toString());
    assertEquals(1, f.persons().size(), f.persons().toString());
  }

  @Test
  void readsStatePartyAndFormerOffices() {
    ArticleFacts f = run("date 2021-08 लखनऊ. उत्तर प्रदेश के पूर्व मुख्यमंत्री अखिलेश यादव ने कहा कि भाजपा के प्रदेश अध्यक्ष स्वतंत्र देव सिंह झूठ बोल रहे हैं।");
    String akhilesh = person(f, "Akhilesh Yadav").key();
    String sds = person(f, "स्वतंत्र देव सिंह").key();
    assertTrue(f.holds().stream().anyMatch(h -> h.personKey().equals(akhilesh) && h.status() == Status.FORMER
        && h.office().title().equals("Chief Minister") && "uttar-pradesh".equals(h.office().stateId())), f.holds().toString());
    Holds president = f.holds().stream().filter(h -> h.personKey().equals(sds)).findFirst().orElseThrow();
    assertEquals("President", president.office().title());
    assertEquals("bharatiya-janata-party", president.office().partyId());
    assertEquals("uttar-pradesh", president.office().stateId());
  }

  @Test
  void portfolioMinistersTakeUnionOrStateScope() {
    ArticleFacts f = run("date 2022-04 जयपुर. केंद्रीय गृह मंत्री अमित शाह और स्वास्थ्य मंत्री परसादी लाल मीणा ने अस्पताल का दौरा किया।");
    Set<String> titles = new java.util.HashSet<>();
    for (Holds h : f.holds()) {
      titles.add(h.office().title() + "/" + h.office().stateId());
    }
    assertTrue(titles.contains("Home Minister/null"), titles.toString());
    assertTrue(titles.contains("Health Minister/rajasthan"), titles.toString());
  }

  @Test
  void lettersPhoneCallsAndPlansAreNotMeetings() {
    assertEquals(0, run("Chief Minister Nitish Kumar wrote to Prime Minister Narendra Modi about floods.").met().size());
    assertEquals(0, run("मुख्यमंत्री नीतीश कुमार ने फोन पर प्रधानमंत्री नरेंद्र मोदी से बात की।").met().size());
    assertEquals(0, run("Nitish Kumar will meet Narendra Modi in Delhi next week.").met().size());
    assertEquals(1, run("Nitish Kumar met Narendra Modi in Delhi on Monday.").met().size());
  }

  @Test
  void aBareTitleStandsForItsOneHolderInTheArticle() {
    ArticleFacts f = run("date 2023-06-14 भोपाल. मुख्यमंत्री शिवराज सिंह चौहान ने समीक्षा बैठक ली। "
        + "इसके बाद भाजपा प्रदेश अध्यक्ष वीडी शर्मा ने मुख्यमंत्री से उनके आवास पर मुलाकात की।");
    assertEquals(1, f.met().size(), f.met().toString());
    ArticleFacts plural = run("date 2023-06-14 भोपाल. मुख्यमंत्री शिवराज सिंह चौहान ने समीक्षा बैठक ली। "
        + "दिल्ली में प्रधानमंत्री ने सभी राज्यों के मुख्यमंत्री से मुलाकात की।");
    assertEquals(0, plural.met().size(), plural.met().toString());
  }

  @Test
  void institutionsNamedAfterPeopleAreNotPersons() {
    ArticleFacts f = run("मरीज को इंदिरा गांधी अस्पताल में भर्ती कराया गया। डॉ. सुनीता वर्मा ने कहा कि हालत स्थिर है।");
    assertTrue(f.persons().stream().noneMatch(p -> p.name().contains("Indira")), f.persons().toString());
    person(f, "सुनीता वर्मा");
  }

  @Test
  void aLoneSurnameSharedByTwoPeopleIsNotGuessed() {
    ArticleFacts f = run("अखिलेश यादव और शिवपाल यादव मंच पर थे। बाद में यादव ने कहा कि गठबंधन मजबूत है।");
    assertEquals(2, f.persons().size(), f.persons().toString());
    for (PersonEntity p : f.persons()) {
      assertTrue(!p.aliases().contains("यादव"), p.toString());
    }
  }

  @Test
  void assemblyChecksFinderOrder() {
    Pipeline.Builder b = Pipeline.builder(TestPipeline.get().lexicon()).add(new CuePersonFinder(TestPipeline.get().lexicon()));
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertTrue(e.getMessage().contains("needs 'lexicon'"), e.getMessage());
  }

  @Test
  void analysisKeepsMentionsPerSentence() {
    Pipeline.Analysis a = TestPipeline.get().analyze(ArticleReader.parse(Path.of("t.txt"), "राजस्थान के मुख्यमंत्री अशोक गहलोत पहुंचे।".getBytes(StandardCharsets.UTF_8)));
    List<Sentence> s = a.sentences();
    assertEquals(1, s.size());
    List<Mention> m = a.mentions().get(0);
    assertTrue(m.stream().anyMatch(x -> x.type() == org.netagraph.model.MentionType.STATE), m.toString());
    assertEquals("rajasthan", a.storyState());
  }
}
