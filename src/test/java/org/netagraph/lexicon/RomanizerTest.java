package org.netagraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizerTest {
  @ParameterizedTest
  @CsvSource({
    "कमलनाथ, Kamalnath",
    "राहुल गांधी, Rahul Gandhi",
    "दीपक, Deepak",
    "अशोक गहलोत, Ashok Gahlot",
    "वी नारायणस्वामी, V Narayanswami",
    "स्वतंत्र देव सिंह, Swatantra Dev Singh",
    "आरोन जोन्स, Aron Jons",
    "मार्क, Mark",
    "सुरेंद्र, Surendra",
  })
  void writesNamesAsTheEnglishPressDoes(String hi, String latin) {
    assertEquals(latin, Romanizer.romanize(hi));
  }

  @ParameterizedTest
  @CsvSource({"कमलनाथ", "दीपक बाबरिया", "भूपेश बघेल", "अमरिंदर सिंह"})
  void romanisedNameKeepsTheIdentityKey(String hi) {
    assertEquals(TranslitKey.of(hi), TranslitKey.of(Romanizer.romanize(hi)));
  }
}
