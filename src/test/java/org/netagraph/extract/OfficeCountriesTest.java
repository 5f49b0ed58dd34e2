package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netagraph.support.TestPipeline.run;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.PersonEntity;

/** Offices carry their country; sentences written for these tests. */
class OfficeCountriesTest {

  /** The offices of the person with this alias, as title/country ids. */
  private static List<String> officesOf(ArticleFacts f, String alias) {
    PersonEntity p =
        f.persons().stream()
            .filter(x -> x.name().equals(alias) || x.aliases().contains(alias))
            .findFirst()
            .orElseThrow(() -> new AssertionError(alias + " not among " + f.persons()));
    return f.holds().stream()
        .filter(h -> h.personKey().equals(p.key()))
        .map(Holds::office)
        .map(o -> o.title() + "/" + (o.countryId() == null ? "india" : o.countryId()))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void aForeignPrimeMinisterIsNotIndiasPrimeMinister() {
    ArticleFacts f =
        run(
            "date 2023-09-10 नई दिल्ली. ब्रिटेन के प्रधानमंत्री ऋषि सुनक ने प्रधानमंत्री नरेंद्र मोदी से"
                + " मुलाकात की।");
    assertEquals(List.of("Prime Minister/united-kingdom"), officesOf(f, "ऋषि सुनक"));
    assertEquals(List.of("Prime Minister/india"), officesOf(f, "नरेंद्र मोदी"));
  }

  @Test
  void nationalityAdjectiveScopesTheTitleAndOfIndiaIsDropped() {
    ArticleFacts f =
        run("date 2022-02-24 नई दिल्ली. रूसी राष्ट्रपति व्लादिमीर पुतिन ने टीवी पर भाषण दिया।");
    assertEquals(List.of("President/russia"), officesOf(f, "व्लादिमीर पुतिन"));
  }

  @Test
  void aKnownForeignerWithABareTitleHoldsHisCountrysOffice() {
    ArticleFacts f =
        run(
            "date 2021-06-26 लंदन. स्वास्थ्य मंत्री मैट हैनकॉक ने शनिवार को पद से इस्तीफा दे"
                + " दिया।");
    assertEquals(List.of("Health Minister/united-kingdom"), officesOf(f, "मैट हैनकॉक"));
  }

  @Test
  void aTitleGivenWithItsCountryOnceKeepsItLaterInTheArticle() {
    ArticleFacts f =
        run(
            "date 2019-05-20 नई दिल्ली. ऑस्ट्रेलिया के प्रधानमंत्री टोनी वॉकर ने चुनाव जीत लिया।"
                + " प्रधानमंत्री वॉकर ने कहा कि भारत से संबंध मजबूत होंगे।");
    assertEquals(List.of("Prime Minister/australia"), officesOf(f, "टोनी वॉकर"));
  }

  @Test
  void anUnknownHolderInAForeignSentenceTakesThatCountry() {
    ArticleFacts f =
        run(
            "date 2020-08-02 नई दिल्ली. जापान में प्रधानमंत्री हिरोशी तनाका ने आपातकाल की घोषणा की।");
    assertEquals(List.of("Prime Minister/japan"), officesOf(f, "हिरोशी तनाका"));
  }

  @Test
  void anUnknownHolderBetweenIndiaAndAnotherCountryGetsNoOffice() {
    ArticleFacts f =
        run(
            "date 2020-08-02 नई दिल्ली. नेपाल और बिहार की सीमा पर विदेश मंत्री राकेश दहल ने दौरा"
                + " किया।");
    assertTrue(officesOf(f, "राकेश दहल").isEmpty(), f.holds().toString());
  }

  @Test
  void aStateTitleOfAForeignerIsHisCountrysNotTheStorysState() {
    ArticleFacts f =
        run(
            "date 2021-04-18 जयपुर. विपक्ष के नेता कीर स्टार्मर ने सरकार की आलोचना की। अमेरिका में"
                + " गवर्नर जॉन मिलर ने कर्फ्यू लगाया।");
    assertEquals(List.of("Leader of Opposition/united-kingdom"), officesOf(f, "कीर स्टार्मर"));
    assertEquals(List.of("Governor/united-states"), officesOf(f, "जॉन मिलर"));
  }
}
