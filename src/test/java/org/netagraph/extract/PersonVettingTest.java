package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netagraph.support.TestPipeline.run;
import static org.netagraph.support.TestPipeline.surfaces;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.PersonEntity;

/** A person must be a person: sentences of a day's feed, written for these tests. */
class PersonVettingTest {

  private static boolean holds(ArticleFacts f, String alias, String title) {
    return f.persons().stream()
        .filter(p -> p.aliases().contains(alias))
        .anyMatch(
            p ->
                f.holds().stream()
                    .anyMatch(
                        h -> h.personKey().equals(p.key()) && h.office().title().equals(title)));
  }

  @Test
  void aLocalOfficialsTitleIsNoPartOfTheNameAndGoesToHolds() {
    ArticleFacts f =
        run(
            "date 2021-05-02 कोटा. डीएसपी राकेश वर्मा और थाना प्रभारी सुनील गोयल मौके पर पहुंचे।"
                + " बीडीओ अनीता सैनी ने राहत शिविर का निरीक्षण किया।");
    assertEquals(List.of("अनीता सैनी", "राकेश वर्मा", "सुनील गोयल"), surfaces(f));
    assertTrue(holds(f, "राकेश वर्मा", "Deputy Superintendent of Police"), f.holds().toString());
    assertTrue(holds(f, "सुनील गोयल", "Station House Officer"), f.holds().toString());
    assertTrue(holds(f, "अनीता सैनी", "Block Development Officer"), f.holds().toString());
  }

  @Test
  void aProfessionOrAgeBeforeANameIsNoPartOfIt() {
    ArticleFacts f =
        run(
            "date 2022-11-14 पटना. लोकगायिका मीना कुमारी ने छठ गीत गाया। 62 वर्षीय किसान रामचरण"
                + " यादव ने बताया कि फसल अच्छी है।");
    assertEquals(List.of("मीना कुमारी", "रामचरण यादव"), surfaces(f));
  }

  @Test
  void ordinaryWordsOfAHealthBulletinAreNoPersons() {
    ArticleFacts f =
        run(
            "date 2021-04-20 जयपुर. जारी बुलेटिन के अनुसार कोविड वार्ड फुल हो चुके हैं। बाइक सवार"
                + " बदमाशों ने अस्पताल के बाहर मोबाइल छीना। विजय जुलूस पर रोक लगाई गई।");
    assertEquals(List.of(), surfaces(f));
  }

  @Test
  void aSeatAfterANameAndAConstituencyBeforeItsMemberAreNoPartOfAPerson() {
    ArticleFacts f =
        run(
            "date 2023-12-04 भोपाल. भाजपा नेता सुरेश पटेल अमरपुर सीट से 20 हजार मतों से जीते।"
                + " रामगढ़ के सांसद विनोद कुमार साहू ने उन्हें बधाई दी।");
    assertEquals(List.of("विनोद कुमार साहू", "सुरेश पटेल"), surfaces(f));
  }

  @Test
  void aSurnameEndingLikeAPluralIsStillASurname() {
    ArticleFacts f =
        run("date 2022-09-02 चंडीगढ़. मंत्री गुरदीप सिंह ढिल्लों ने किसानों से बात की।");
    assertEquals(List.of("गुरदीप सिंह ढिल्लों"), surfaces(f));
  }

  @Test
  void aLoneUnknownWordNeedsATitleOrToBeTheDoer() {
    ArticleFacts f = run("date 2019-03-18 पणजी. लोबो और सरदेसाई ने राज्यपाल को पत्र सौंपा।");
    assertEquals(List.of("लोबो", "सरदेसाई"), surfaces(f));
    ArticleFacts g =
        run("date 2019-03-18 पणजी. भगवान राम की शोभायात्रा निकली। प्रभु के दर्शन हुए।");
    assertEquals(
        List.of(),
        surfaces(g),
        g.persons().stream().map(PersonEntity::name).collect(Collectors.joining(",")));
  }

  @Test
  void aFilmTitleInQuotesAndAHospitalWithItsShortFormAreNoPersons() {
    ArticleFacts f =
        run(
            "date 2023-12-01 मुंबई. निर्देशक की नई फिल्म 'मोहन लाल' शुक्रवार को रिलीज हुई। मरीजों को"
                + " राम किशोर मिश्र (आरकेएम) अस्पताल में भर्ती कराया गया।");
    assertEquals(List.of(), surfaces(f));
  }

  @Test
  void aFunctionWordBeforeANameIsNoPartOfIt() {
    ArticleFacts f =
        run("date 2022-04-10 मोहाली. टीम का ऐलान हुआ जिसमें राकेश पंवार को भी जगह मिली।");
    assertEquals(List.of("राकेश पंवार"), surfaces(f));
  }

  @Test
  void aShipAndABenchThatDecidesAreNoPersons() {
    ArticleFacts f =
        run(
            "date 2022-05-10 मुंबई. आईएनएस कावेरी बंदरगाह पहुंचा। न्यायाधीश की खंडपीठ ने याचिका खारिज"
                + " की।");
    assertEquals(List.of(), surfaces(f));
  }

  @Test
  void aConstituencyAfterTheWinnersNameIsNoPartOfIt() {
    ArticleFacts f =
        run(
            "date 2023-12-04 रायपुर. कांग्रेस नेता रमेश कुमार धरमपुरा से आठ हजार मतों से जीते।"
                + " भाजपा की सुनीता साहू कोरबा में हार गईं। 36 वर्षीय सुधीर मालवीय उर्फ बबलू को पुलिस"
                + " ने पकड़ा।");
    assertEquals(List.of("बबलू", "रमेश कुमार", "सुधीर मालवीय", "सुनीता साहू"), surfaces(f));
    assertEquals(3, f.persons().size(), f.persons().toString()); // बबलू is सुधीर मालवीय
  }

  @Test
  void aSeatAfterASurnameBeforeALossAndWordsOfACaseOrACaptaincyAreNoPartOfANames() {
    ArticleFacts f =
        run(
            "date 2021-05-03 कोलकाता. सांसद अनिता बनर्जी हरिपाल से हार गईं।"
                + " टीम की कप्तानी रोहन मिश्रा करेंगे। पुलिस ने कहा कि रफीक अंसारी हत्याकांड में"
                + " दो लोग पकड़े गए। गौरव त्रिपाठी से हारे उम्मीदवार ने हार मान ली।");
    assertEquals(
        List.of("अनिता बनर्जी", "गौरव त्रिपाठी", "रफीक अंसारी", "रोहन मिश्रा"), surfaces(f));
  }

  @Test
  void aDeityOrAShrineIsNoPersonButSomeonesMotherIs() {
    ArticleFacts f =
        run(
            "date 2022-10-01 शिमला. नवरात्र में हजारों श्रद्धालुओं ने माता चिंतपूर्णी के दर्शन किए।"
                + " भक्तों ने बाबा बालकनाथ के दर्शन भी किए। पुरी में महाप्रभु जगन्नाथ की रथयात्रा और"
                + " अजमेर में ख्वाजा मोइनुद्दीन चिश्ती की दरगाह पर भीड़ रही। मंदिर न्यास के सचिव सुरेश ठाकुर ने कहा कि"
                + " व्यवस्था ठीक रही। अदालत ने दीपक की 61 वर्षीय मां सरला देवी को बरी कर दिया।");
    assertEquals(List.of("सरला देवी", "सुरेश ठाकुर"), surfaces(f));
  }

  @Test
  void aGivenNameThatIsAnOrdinaryWordBeforeAnUnlistedSurnameIsAPerson() {
    ArticleFacts f =
        run(
            "date 2020-08-11 रांची. पुलिस ने बताया कि हादसे में पूजा कुजूर घायल हुईं। गांव की"
                + " दिशा टेटे और सूरज बास्के को सम्मानित किया गया। मंदिर में विशेष पूजा की गई।"
                + " आशा कार्यकर्ता घर-घर गईं। इस फैसले से आंदोलन को नई दिशा मिली। मंत्री ने"
                + " प्रगति पर संतोष जताया। समारोह में शीतल प्रकाश मुर्मू को सम्मानित किया गया।");
    assertEquals(
        List.of("दिशा टेटे", "पूजा कुजूर", "शीतल प्रकाश मुर्मू", "सूरज बास्के"), surfaces(f));
  }

  @Test
  void afterATitleAGivenNameTakesTheWordBeforeNeEvenAnOrdinaryOne() {
    ArticleFacts f =
        run(
            "date 2019-05-02 पुणे. सभा में विधायक सुनील जानकर ने कहा कि पानी की कमी है।"
                + " अंतिम यात्रा में सांसद रमेश ताबूत के पीछे चले।");
    assertEquals(List.of("रमेश", "सुनील जानकर"), surfaces(f));
  }

  @Test
  void seatsInAListOfLosersAndASeatBeforeBecameAreNoPartOfANameNorAreTitles() {
    ArticleFacts f =
        run(
            "date 2019-10-24 चंडीगढ़. पूर्व मंत्री सुरेश राठी बहादुरगढ़ से, पूर्व विधायक ओम प्रकाश"
                + " यादव नांगल से हार गए। हॉकी खिलाड़ी अमित सिंह लाडवा से विधायक बने। थानाधिकारी"
                + " गिरधारी लाल मीणा और सूबेदार हरदेव सिंह ने मौके का मुआयना किया। धरने पर बैठे"
                + " प्रदर्शनकारी नसीम अख्तर ने कहा कि मांगें पूरी हों।");
    assertEquals(
        List.of(
            "अमित सिंह",
            "ओम प्रकाश यादव",
            "गिरधारी लाल मीणा",
            "नसीम अख्तर",
            "सुरेश राठी",
            "हरदेव सिंह"),
        surfaces(f));
    assertTrue(holds(f, "गिरधारी लाल मीणा", "Station House Officer"), f.holds().toString());
  }

  @Test
  void aWordWithAPlacesEndingIsNoNameNorPartOfOne() {
    ArticleFacts f =
        run(
            "date 2021-05-03 कोलकाता. मंत्री ने कहा कि दरियागंज ने बाहरी लोगों को नकारा। भाजपा"
                + " के तपन घोष रामनगर उत्तर से जीते। दोनों देवी मंदिरों में भीड़ रही।");
    assertEquals(List.of("तपन घोष"), surfaces(f));
  }

  @Test
  void aNameBeforeAnAgeInBracketsIsAPersonEvenAlone() {
    ArticleFacts f =
        run(
            "date 2022-04-09 रांची. पुलिस ने लूट के मामले में टिंकू (23) और विकास उरांव (27) को"
                + " गिरफ्तार किया। मौसम विभाग ने कहा कि तापमान (42) डिग्री तक जा सकता है।");
    assertEquals(List.of("टिंकू", "विकास उरांव"), surfaces(f));
  }

  @Test
  void anOrdinaryWordBeforeAWholeNameIsNoPartOfItButAGivenNameThatIsAlsoAWordStays() {
    ArticleFacts f =
        run(
            "date 2023-03-12 अहमदाबाद. मैच के बाद कॉमेडियन विनोद मेहता ने शो किया। सरकारी अभियोजक"
                + " सुरेश चावड़ा ने दलील दी। रानीपुर सीट से जीते महेश परमार ने आभार जताया। चोर"
                + " बबलू फरार है। आदेश गुप्ता ने सभा को संबोधित किया। सरपंच कमला देवी ने झंडा फहराया।"
                + " धरमपुर सीट से जीते चौहान ने भी आभार जताया।");
    assertEquals(
        List.of("आदेश गुप्ता", "कमला देवी", "चौहान", "महेश परमार", "विनोद मेहता", "सुरेश चावड़ा"),
        surfaces(f));
    assertTrue(holds(f, "कमला देवी", "Sarpanch"), f.holds().toString());
  }

  @Test
  void aGivenNameThatIsAlsoAWordOfALexiconPhraseStaysInTheName() {
    ArticleFacts f =
        run(
            "date 2017-03-19 लखनऊ. प्रदेश कांग्रेस अध्यक्ष राज बब्बर ने कहा कि पार्टी हार की समीक्षा"
                + " करेगी। पंचायती राज विभाग ने आदेश जारी किया।");
    assertEquals(List.of("राज बब्बर"), surfaces(f));
  }

  @Test
  void aSurnameThatIsAlsoAPortfolioWordEndsAName() {
    // खान is a surname and the mines of कोयला एवं खान मंत्री; X की फिल्म says X is a person
    ArticleFacts f =
        run(
            "date 2022-08-01 मुंबई. आमिर खान की नई फिल्म 'लाल सिंह चड्ढा' अगले हफ्ते रिलीज होगी।"
                + " कोयला एवं खान मंत्रालय ने नई नीति जारी की।");
    assertEquals(List.of("आमिर खान"), surfaces(f));
  }

  @Test
  void aColonyOrABarrageNamedAfterSomeoneIsAPlace() {
    ArticleFacts f =
        run(
            "date 2023-07-14 दिल्ली. नेहरू विहार और राजीव कॉलोनी में पानी भर गया। हथिनीकुंड बैराज से"
                + " पानी छोड़ा गया। इंदिरा कालोनी के निवासी रमेश गुप्ता ने शिकायत की।");
    assertEquals(List.of("रमेश गुप्ता"), surfaces(f));
  }

  @Test
  void aDevoteeOrASelectorIsNoPartOfTheNameAndAGoddessIsNoPerson() {
    ArticleFacts f =
        run(
            "date 2019-10-05 मैसूरु. श्रद्धालु महेश पटेल ने बताया कि देवी चामुंडेश्वरी के दर्शन"
                + " के लिए भीड़ उमड़ी। चयनकर्ता सुनील जोशी ने टीम घोषित की।");
    assertEquals(List.of("महेश पटेल", "सुनील जोशी"), surfaces(f));
  }

  @Test
  void anOrdinaryWordThatIsAGivenNameStartsANameBeforeASurname() {
    ArticleFacts f =
        run(
            "date 2022-02-11 देहरादून. छात्रा दिशा रावत ने स्वर्ण पदक जीता। सरकार इस दिशा में"
                + " काम कर रही है। पूजा अर्चना के बाद मेला शुरू हुआ।");
    assertEquals(List.of("दिशा रावत"), surfaces(f));
  }
}
