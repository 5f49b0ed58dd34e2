package org.netagraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranslitKeyTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "कमलनाथ, Kamal Nath",
    "कमलनाथ, kamalnath",
    "अशोक गहलोत, Ashok Gehlot",
    "राहुल गांधी, Rahul Gandhi",
    "राहुल गाँधी, Rahul Gandhi",
    "भूपेश बघेल, Bhupesh Baghel",
    "अमरिंदर सिंह, Amarinder Singh",
    "वी नारायणस्वामी, V Narayanasamy",
    "वी नारायणस्वामी, V. Narayanaswamy",
    "दीपक बाबरिया, Deepak Babaria",
    "दीपक बाबरिया, Dipak Babariya",
    "शिवराज सिंह चौहान, Shivraj Singh Chouhan",
    "योगी आदित्यनाथ, Yogi Adityanath",
    "सुनील जाखड़, Sunil Jakhar",
    "द्विवेदी, Dwivedi",
    "विजय, Vijay",
    "सोनिया गांधी, Sonia Gandhi",
    "ममता बनर्जी, Mamata Banerjee",
    "के चंद्रशेखर राव, K Chandrashekar Rao",
    "अजय पांडे, Ajay Pandey",
    "अजय पांडेय, Ajay Pandey",
    "अनुसुइया उइके, Anusuiya Uikey",
    "संजय, Sanjay",
    "विनय, Vinay",
    "एम. एल. खट्टर, ML Khattar",
    "सी. पी. जोशी, CP Joshi",
    "वोलोदिमीर जेलेंस्की, Volodymyr Zelenskiy",
    "वोलोदिमीर जेलेंस्की, Volodymyr Zelenskyy",
  })
  void sameKeyAcrossScriptsAndSpellings(String a, String b) {
    assertEquals(TranslitKey.of(a), TranslitKey.of(b));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({
    "Rahul Gandhi, Sonia Gandhi",
    "अखिलेश यादव, शिवपाल यादव",
    "Amit Shah, Amit Sinha",
    "Ashok Gehlot, Ashok Chavan",
    "Uddhav Thackeray, Raj Thackeray",
    "Mamata Banerjee, Abhishek Banerjee",
    "Ajay Pandey, Ajay Pande Rai",
    "CP Joshi, Chandra Joshi",
  })
  void differentPeopleDifferentKeys(String a, String b) {
    assertNotEquals(TranslitKey.of(a), TranslitKey.of(b));
  }
}
