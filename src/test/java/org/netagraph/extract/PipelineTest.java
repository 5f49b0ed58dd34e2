package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netagraph.support.TestPipeline.run;
import static org.netagraph.support.TestPipeline.surfaces;

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

  static boolean met(ArticleFacts f, String a, String b) {
    String ka = person(f, a).key();
    String kb = person(f, b).key();
    return f.met().stream().anyMatch(m -> Set.of(m.a(), m.b()).equals(Set.of(ka, kb)));
  }

  static PersonEntity person(ArticleFacts f, String alias) {
    return f.persons().stream()
        .filter(p -> p.name().equals(alias) || p.aliases().contains(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError(alias + " not among " + f.persons()));
  }

  @Test
  void mergesOnePersonAcrossScriptsAndAGloss() {
    ArticleFacts f =
        run(
            "date 2020-03 भोपाल. सांसद रमाकांत भार्गव ( ramakant bhargava meets governor ) ने राज्यपाल से भेंट की।\n\n"
                + "MP Ramakant Bhargava said the meeting was cordial. भार्गव ने कहा कि बातचीत अच्छी रही।");
    PersonEntity p = person(f, "रमाकांत भार्गव");
    assertEquals("Ramakant Bhargava", p.name());
    assertTrue(p.aliases().contains("ramakant bhargava"), p.aliases().toString());
    assertTrue(p.aliases().contains("भार्गव"), p.aliases().toString());
    assertEquals(1, f.persons().size(), f.persons().toString());
  }

  @Test
  void readsStatePartyAndFormerOffices() {
    ArticleFacts f =
        run(
            "date 2021-08 लखनऊ. उत्तर प्रदेश के पूर्व मुख्यमंत्री अखिलेश यादव ने कहा कि भाजपा के प्रदेश अध्यक्ष स्वतंत्र देव सिंह झूठ बोल रहे हैं।");
    String akhilesh = person(f, "Akhilesh Yadav").key();
    String sds = person(f, "स्वतंत्र देव सिंह").key();
    assertTrue(
        f.holds().stream()
            .anyMatch(
                h ->
                    h.personKey().equals(akhilesh)
                        && h.status() == Status.FORMER
                        && h.office().title().equals("Chief Minister")
                        && "uttar-pradesh".equals(h.office().stateId())),
        f.holds().toString());
    Holds president =
        f.holds().stream().filter(h -> h.personKey().equals(sds)).findFirst().orElseThrow();
    assertEquals("President", president.office().title());
    assertEquals("bharatiya-janata-party", president.office().partyId());
    assertEquals("uttar-pradesh", president.office().stateId());
  }

  @Test
  void portfolioMinistersTakeUnionOrStateScope() {
    ArticleFacts f =
        run(
            "date 2022-04 जयपुर. केंद्रीय गृह मंत्री अमित शाह और स्वास्थ्य मंत्री परसादी लाल मीणा ने अस्पताल का दौरा किया।");
    Set<String> titles = new java.util.HashSet<>();
    for (Holds h : f.holds()) {
      titles.add(h.office().title() + "/" + h.office().stateId());
    }
    assertTrue(titles.contains("Home Minister/null"), titles.toString());
    assertTrue(titles.contains("Health Minister/rajasthan"), titles.toString());
  }

  @Test
  void lettersPhoneCallsAndPlansAreNotMeetings() {
    assertEquals(
        0,
        run("Chief Minister Nitish Kumar wrote to Prime Minister Narendra Modi about floods.")
            .met()
            .size());
    assertEquals(
        0,
        run("मुख्यमंत्री नीतीश कुमार ने फोन पर प्रधानमंत्री नरेंद्र मोदी से बात की।").met().size());
    assertEquals(0, run("Nitish Kumar will meet Narendra Modi in Delhi next week.").met().size());
    assertEquals(1, run("Nitish Kumar met Narendra Modi in Delhi on Monday.").met().size());
  }

  @Test
  void aBareTitleStandsForItsOneHolderInTheArticle() {
    ArticleFacts f =
        run(
            "date 2023-06-14 भोपाल. मुख्यमंत्री शिवराज सिंह चौहान ने समीक्षा बैठक ली। "
                + "इसके बाद भाजपा प्रदेश अध्यक्ष वीडी शर्मा ने मुख्यमंत्री से उनके आवास पर मुलाकात की।");
    assertEquals(1, f.met().size(), f.met().toString());
    ArticleFacts plural =
        run(
            "date 2023-06-14 भोपाल. मुख्यमंत्री शिवराज सिंह चौहान ने समीक्षा बैठक ली। "
                + "दिल्ली में प्रधानमंत्री ने सभी राज्यों के मुख्यमंत्री से मुलाकात की।");
    assertEquals(0, plural.met().size(), plural.met().toString());
  }

  @Test
  void institutionsNamedAfterPeopleAreNotPersons() {
    ArticleFacts f =
        run(
            "मरीज को इंदिरा गांधी अस्पताल में भर्ती कराया गया। डॉ. सुनीता वर्मा ने कहा कि हालत स्थिर है।");
    assertTrue(
        f.persons().stream().noneMatch(p -> p.name().contains("Indira")), f.persons().toString());
    person(f, "सुनीता वर्मा");
  }

  @Test
  void institutionNamesReachPastModifiersAndStopAtFrequentWords() {
    ArticleFacts f =
        run(
            "छात्राओं ने कमला नेहरू राजकीय कन्या स्नातकोत्तर महाविद्यालय में प्रदर्शन किया। "
                + "रैली राजेंद्र प्रसाद मैदान में हुई। "
                + "विमान जयप्रकाश नारायण अंतरराष्ट्रीय हवाई अड्डे पर उतरा। "
                + "अशोक गहलोत आज ग्रामीण आवास योजना का शुभारंभ करेंगे।");
    assertEquals(List.of("अशोक गहलोत"), surfaces(f), f.persons().toString());
  }

  @Test
  void aLoneMiddleNameIsThePersonWhoseFullNameHasIt() {
    ArticleFacts f =
        run(
            "वरिष्ठ नेता सैयद आबिद हुसैन ने सभा को संबोधित किया। "
                + "आबिद ने कहा कि चुनाव में जीत होगी।");
    assertEquals(1, f.persons().size(), f.persons().toString());
    assertTrue(f.persons().get(0).aliases().contains("आबिद"), f.persons().toString());
  }

  @Test
  void anEnglishJobWordBeforeANameIsNoPartOfIt() {
    ArticleFacts f =
        run(
            "date 2023-02-01 Pune. Tata Motors CEO Daniel Okafor said the plant will open soon."
                + " Team coach Ravi Menon praised the players.");
    assertEquals(
        List.of("Daniel Okafor", "Ravi Menon"),
        f.persons().stream().map(PersonEntity::name).sorted().toList(),
        f.persons().toString());
  }

  @Test
  void aNameAndItsAliasAreOnePerson() {
    ArticleFacts f =
        run(
            "date 2023-12-04 हैदराबाद. मुलुगु से कांग्रेस की सुनीता बाई उर्फ सुनक्का ने चुनाव जीता। बाद"
                + " में सुनक्का ने कहा कि जनता जीती। पुलिस ने मोहित उर्फ पप्पू (32) को पकड़ा।");
    assertEquals(2, f.persons().size(), f.persons().toString());
    assertEquals(
        List.of("पप्पू", "मोहित", "सुनक्का", "सुनीता बाई"), surfaces(f), f.persons().toString());
  }

  @Test
  void aLoneSurnameSharedByTwoPeopleIsNotGuessed() {
    ArticleFacts f =
        run("अखिलेश यादव और शिवपाल यादव मंच पर थे। बाद में यादव ने कहा कि गठबंधन मजबूत है।");
    assertEquals(2, f.persons().size(), f.persons().toString());
    for (PersonEntity p : f.persons()) {
      assertTrue(!p.aliases().contains("यादव"), p.toString());
    }
  }

  @Test
  void assemblyChecksFinderOrder() {
    Pipeline.Builder b =
        Pipeline.builder(TestPipeline.get().lexicon(), TestPipeline.get().rules())
            .add(new CuePersonFinder(TestPipeline.get().lexicon()));
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertTrue(e.getMessage().contains("needs 'lexicon'"), e.getMessage());
  }

  @Test
  void analysisKeepsMentionsPerSentence() {
    Pipeline.Analysis a =
        TestPipeline.get()
            .analyze(
                ArticleReader.parse(
                    Path.of("t.txt"),
                    "राजस्थान के मुख्यमंत्री अशोक गहलोत पहुंचे।".getBytes(StandardCharsets.UTF_8)));
    List<Sentence> s = a.sentences();
    assertEquals(1, s.size());
    List<Mention> m = a.mentions().get(0);
    assertTrue(
        m.stream().anyMatch(x -> x.type() == org.netagraph.model.MentionType.STATE), m.toString());
    assertEquals("rajasthan", a.storyState());
  }

  private static boolean holds(
      ArticleFacts f, String alias, String title, String state, String party) {
    String key = person(f, alias).key();
    return f.holds().stream()
        .anyMatch(
            h ->
                h.personKey().equals(key)
                    && h.office().title().equals(title)
                    && java.util.Objects.equals(state, h.office().stateId())
                    && java.util.Objects.equals(party, h.office().partyId()));
  }

  @Test
  void anOfficeWordRunIntoTheNameIsSplit() {
    ArticleFacts f =
        run("date 2024-01-10 रायपुर. मुख्यमंत्रीविष्णुदेव साय ने बुधवार को जशपुर का दौरा किया।");
    assertTrue(
        holds(f, "विष्णुदेव साय", "Chief Minister", "chhattisgarh", null), f.holds().toString());
    assertTrue(
        f.persons().stream()
            .noneMatch(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains("mukhya")),
        f.persons().toString());
  }

  @Test
  void theGenitiveKeIsNoInitial() {
    ArticleFacts f =
        run("date 2024-03-02 रांची. विधायक दल के नेता रामेश्वर उरांव ने कहा कि पार्टी एकजुट है।");
    assertTrue(
        f.persons().stream().noneMatch(p -> p.name().startsWith("K ")), f.persons().toString());
    ArticleFacts g =
        run("date 2018-12-23 हैदराबाद. तेलंगाना के मुख्यमंत्री के. चंद्रशेखर राव ने बैठक ली।");
    assertTrue(
        person(g, "K. Chandrashekar Rao").aliases().contains("के चंद्रशेखर राव"),
        "the dotted के is an initial");
  }

  @Test
  void aShorterNameOrInitialsJoinTheOneLongerName() {
    ArticleFacts f =
        run(
            "date 2022-05-15 अगरतला. राज्यपाल सत्यदेव नारायण आर्य ने शपथ दिलाई। "
                + "एस. एन. आर्य ने बाद में कहा कि सरकार स्थिर रहेगी।\n\nमुलायम सिंह यादव की तबीयत बिगड़ गई है। मुलायम सिंह को दवा दी गई।");
    assertEquals(person(f, "सत्यदेव नारायण आर्य").key(), person(f, "एस एन आर्य").key());
    assertEquals(person(f, "मुलायम सिंह यादव").key(), person(f, "मुलायम सिंह").key());
  }

  @Test
  void swornInAsGivesTheOfficeToTheOneSwornIn() {
    ArticleFacts f =
        run(
            "date 2023-12-13 Raipur. Vishnu Deo Sai was sworn in as the fourth Chief Minister of Chhattisgarh on Wednesday.");
    assertTrue(
        holds(f, "Vishnu Deo Sai", "Chief Minister", "chhattisgarh", null), f.holds().toString());
    ArticleFacts g =
        run(
            "date 2023-12-13 रायपुर. राज्यपाल विश्वभूषण हरिचंदन ने विष्णुदेव साय को मुख्यमंत्री पद की शपथ दिलाई।");
    assertTrue(
        holds(g, "विष्णुदेव साय", "Chief Minister", "chhattisgarh", null), g.holds().toString());
    ArticleFacts h =
        run("date 2023-12-13 Raipur. Vishnu Deo Sai replaced Bhupesh Baghel as Chief Minister.");
    assertTrue(
        h.holds().stream()
            .noneMatch(
                x ->
                    x.office().title().equals("Chief Minister")
                        && x.personKey().equals(person(h, "Bhupesh Baghel").key())
                        && x.status() == Status.CURRENT),
        h.holds().toString());
  }

  @Test
  void aPartyPostWithoutItsPartyTakesTheArticlesLastParty() {
    ArticleFacts f =
        run(
            "date 2023-06-30 इंफाल. कांग्रेस नेता राहुल गांधी शुक्रवार को राहत शिविर पहुंचे। "
                + "इस दौरान पार्टी के महासचिव जयराम रमेश भी उनके साथ थे। वार्ड प्रभारी डॉ. सुनीता देवी ने मरीजों की जानकारी दी।");
    assertTrue(
        holds(f, "जयराम रमेश", "General Secretary", null, "indian-national-congress"),
        f.holds().toString());
    assertTrue(
        f.holds().stream().noneMatch(h -> h.office().title().equals("In-charge")),
        f.holds().toString());
  }

  @Test
  void aListAfterAPluralTitleOrInTheNextSentenceHoldsIt() {
    ArticleFacts f =
        run(
            "date 2021-07-04 देहरादून. मुख्यमंत्री के साथ छह मंत्रियों ने भी शपथ ली। "
                + "इनमें गणेश जोशी, सुबोध उनियाल और रेखा आर्य शामिल हैं।");
    assertTrue(holds(f, "गणेश जोशी", "Minister", "uttarakhand", null), f.holds().toString());
    assertTrue(holds(f, "रेखा आर्य", "Minister", "uttarakhand", null), f.holds().toString());
  }

  @Test
  void handedLettersFutureVerbsAndUnlistedNamesAreJudgedRight() {
    assertEquals(
        2,
        run("date 2019-03-18 पणजी. सावंत और सरदेसाई ने राजभवन पहुंचकर राज्यपाल मृदुला सिन्हा से मुलाकात की और समर्थन का पत्र सौंपा।")
            .met()
            .size());
    assertEquals(
        0,
        run("date 2019-10-25 चंडीगढ़. खट्टर ने कहा कि वह राज्यपाल सत्यदेव नारायण आर्य से मिलकर दावा पेश करेंगे।")
            .met()
            .size());
    assertEquals(
        0,
        run("date 2021-08-24 रायपुर. बैठक से पहले सिंहदेव ने कहा कि सोनिया गांधी और राहुल गांधी हमारे नेता हैं।")
            .met()
            .size());
  }

  @Test
  void aPastCopulaIsFormerOnlyWhenTheSentenceSetsAPastTime() {
    ArticleFacts f = run("date 2021-07-04 देहरादून. पिछली सरकार में गणेश जोशी राज्य मंत्री थे।");
    String key = person(f, "गणेश जोशी").key();
    assertTrue(
        f.holds().stream().anyMatch(h -> h.personKey().equals(key) && h.status() == Status.FORMER),
        f.holds().toString());
    ArticleFacts g =
        run("date 2021-07-04 देहरादून. सुबोध उनियाल इस समय कृषि मंत्री भी थे और प्रवक्ता भी।");
    String k2 = person(g, "सुबोध उनियाल").key();
    assertTrue(
        g.holds().stream().noneMatch(h -> h.personKey().equals(k2) && h.status() == Status.FORMER),
        g.holds().toString());
  }

  @Test
  void dottedCapitalsBeforeANameAreInitialsAndDeputyCmsArePlural() {
    ArticleFacts f =
        run(
            "date 2023-12-12 Bengaluru. C. M. Rafiq, a former JD(S) State president, criticised the tie-up. "
                + "CM Ravi Gowda did not respond.");
    assertTrue(
        f.holds().stream()
            .noneMatch(
                h ->
                    h.office().title().equals("Chief Minister")
                        && f.persons().stream()
                            .anyMatch(
                                p -> p.key().equals(h.personKey()) && p.name().contains("Rafiq"))),
        f.holds().toString());
    assertTrue(
        f.persons().stream().anyMatch(p -> p.name().contains("Rafiq") && p.name().startsWith("C")),
        f.persons().toString());
    assertTrue(
        f.holds().stream()
            .anyMatch(
                h ->
                    h.office().title().equals("Chief Minister")
                        && f.persons().stream()
                            .anyMatch(
                                p ->
                                    p.key().equals(h.personKey())
                                        && p.name().equals("Ravi Gowda"))),
        f.holds().toString());
    ArticleFacts g =
        run(
            "date 2021-09-22 Chandigarh. Punjab CM Ravi Sandhu and Deputy CMs Anil Bajwa and Suresh Soni met the Governor.");
    assertTrue(
        g.holds().stream().anyMatch(h -> h.office().title().equals("Deputy Chief Minister")),
        g.holds().toString());
    assertEquals(
        1,
        g.holds().stream().filter(h -> h.office().title().equals("Chief Minister")).count(),
        g.holds().toString());
  }

  @Test
  void aSecondTitleAfterAConstituencyAndAnInChargesStateStayWithTheirOwners() {
    ArticleFacts f =
        run(
            "date 2021-07-06 देहरादून. इसके बाद मुख्यमंत्री रमेश राव पूर्व मुख्यमंत्री और गढ़वाल से सांसद अनिल नेगी के आवास पहुंचे।");
    assertTrue(
        f.holds().stream()
            .anyMatch(
                h ->
                    h.status() == Status.FORMER
                        && h.personKey().equals(person(f, "अनिल नेगी").key())),
        f.holds().toString());
    assertTrue(
        f.holds().stream()
            .noneMatch(
                h ->
                    h.status() == Status.FORMER
                        && h.personKey().equals(person(f, "रमेश राव").key())),
        f.holds().toString());
    ArticleFacts g =
        run(
            "date 2021-07-06 देहरादून. कांग्रेस के पंजाब प्रभारी और पूर्व मुख्यमंत्री हरीश नेगी ने तंज कसा।");
    assertTrue(
        g.holds().stream()
            .anyMatch(
                h -> h.status() == Status.FORMER && "uttarakhand".equals(h.office().stateId())),
        g.holds().toString());
    assertTrue(
        g.holds().stream()
            .noneMatch(h -> h.status() == Status.FORMER && "punjab".equals(h.office().stateId())),
        g.holds().toString());
  }

  @Test
  void aGivenNameAloneBeforeAnothersTitleIsThePersonNamedEarlier() {
    ArticleFacts f =
        run(
            "date 2022-06-02 अहमदाबाद. युवा नेता हार्दिक देसाई भाजपा में शामिल हो गए। "
                + "सदस्यता लेने के बाद हार्दिक मुख्यमंत्री रमेश राव के आवास पहुंचे।");
    assertTrue(person(f, "हार्दिक देसाई").aliases().contains("हार्दिक"), f.persons().toString());
    assertTrue(met(f, "हार्दिक देसाई", "रमेश राव"), f.met().toString());
  }

  @Test
  void whoWentToSomeoneMetThem() {
    ArticleFacts f =
        run(
            "date 2020-06-24 रांची. मुख्यमंत्री रमेश राव ने बयान दिया। "
                + "शाम को मुख्यमंत्री कांके रोड स्थित आवास पर पार्टी अध्यक्ष अनिल मुंडा के पास पहुँचे।");
    assertTrue(met(f, "रमेश राव", "अनिल मुंडा"), f.met().toString());
  }

  @Test
  void theSubjectOfAPassiveOathHoldsTheOfficeNotANameInItsApposition() {
    ArticleFacts f =
        run(
            "date 2024-06-12 Bhubaneswar. Ravi Mohanty, a four-time MLA from Keonjhar and a close aide of Asha Pillai, "
                + "was sworn in as the 15th Chief Minister of Odisha on Wednesday.");
    assertTrue(
        f.holds().stream()
            .anyMatch(
                h ->
                    h.office().title().equals("Chief Minister")
                        && "odisha".equals(h.office().stateId())
                        && h.personKey().equals(person(f, "Ravi Mohanty").key())),
        f.holds().toString());
    assertTrue(
        f.holds().stream()
            .noneMatch(
                h ->
                    h.office().title().equals("Chief Minister")
                        && !h.personKey().equals(person(f, "Ravi Mohanty").key())),
        f.holds().toString());
  }

  @Test
  void thoseListedAsTakingAnOfficesOathHoldIt() {
    ArticleFacts f =
        run(
            "date 2023-12-07 हैदराबाद. मंत्री पद की शपथ लेने वालों में पूर्व प्रदेश अध्यक्ष रमेश राव, अनिल कुमार और नीता सिन्हा शामिल हैं।");
    for (String n : List.of("रमेश राव", "अनिल कुमार", "नीता सिन्हा")) {
      assertTrue(
          f.holds().stream()
              .anyMatch(
                  h ->
                      h.office().title().equals("Minister")
                          && "telangana".equals(h.office().stateId())
                          && h.status() == Status.CURRENT
                          && h.personKey().equals(person(f, n).key())),
          n + ": " + f.holds());
    }
    ArticleFacts g =
        run(
            "date 2023-12-07 Hyderabad. Among those sworn in as Ministers were Ravi Rao, Anil Kumar and Nita Sinha.");
    assertEquals(
        3,
        g.holds().stream().filter(h -> h.office().title().equals("Minister")).count(),
        g.holds().toString());
  }

  /** The English office construction of models/rules/holds-en.rules, through the whole pipeline. */
  @Test
  void aPersonAppointedOrElectedToATitleHoldsIt() {
    String[][] cases = {
      {
        "date 2022-12-31 Jaipur. Senior IAS officer Usha Sharma was appointed Chief Secretary of"
            + " Rajasthan on Monday.",
        "Usha Sharma",
        "Chief Secretary",
        "rajasthan"
      },
      {
        "date 2022-03-25 Lucknow. Brajesh Pathak was named the new Deputy Chief Minister of Uttar"
            + " Pradesh on Friday.",
        "Brajesh Pathak",
        "Deputy Chief Minister",
        "uttar-pradesh"
      },
      {
        "date 2023-12-20 Bhopal. Narendra Singh Tomar, a former Union minister, was unanimously"
            + " elected Speaker of the Madhya Pradesh Assembly.",
        "Narendra Singh Tomar",
        "Speaker",
        "madhya-pradesh"
      },
    };
    for (String[] c : cases) {
      ArticleFacts f = run(c[0]);
      String key = person(f, c[1]).key();
      assertTrue(
          f.holds().stream()
              .anyMatch(
                  h ->
                      h.personKey().equals(key)
                          && h.office().title().equals(c[2])
                          && c[3].equals(h.office().stateId())
                          && h.status() == Status.CURRENT
                          && h.rule().equals("holds.en.elected-title")),
          c[0] + ": " + f.holds());
    }
    ArticleFacts pronoun =
        run("date 2023-12-20 Bhopal. Tomar said he was elected Speaker because of his experience.");
    assertTrue(pronoun.holds().isEmpty(), pronoun.holds().toString());
  }
}
