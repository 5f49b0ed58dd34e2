package org.netagraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netagraph.extract.PipelineTest.met;
import static org.netagraph.extract.PipelineTest.person;
import static org.netagraph.support.TestPipeline.run;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Status;

/** Meetings on small articles written for these tests: who met whom, and what is no meeting. */
class PipelineMeetingsTest {
  @Test
  void aLoneSurnameOfOnePersonAndAResidenceVisitMakeAMeeting() {
    ArticleFacts f =
        run(
            "date 2021-07-05 देहरादून. मुख्यमंत्री पुष्कर सिंह धामी ने कार्यभार संभाला। "
                + "इसके बाद धामी सोमवार सुबह वरिष्ठ मंत्री सतपाल महाराज के आवास पहुंचे और उनसे मुलाकात की।");
    String dhami = person(f, "पुष्कर सिंह धामी").key();
    String satpal = person(f, "सतपाल महाराज").key();
    assertTrue(
        f.met().stream().anyMatch(m -> Set.of(m.a(), m.b()).equals(Set.of(dhami, satpal))),
        f.met().toString());
    ArticleFacts g =
        run(
            "date 2021-07-05 देहरादून. हरीश रावत और त्रिवेंद्र सिंह रावत ने बयान दिए। रावत रविवार को देहरादून पहुंचे।");
    assertTrue(g.met().isEmpty(), "two Rawats: a lone रावत names no one " + g.met());
  }

  @Test
  void companionsOfTheAgentMetTheOneAfterSe() {
    ArticleFacts f =
        run(
            "date 2023-03-08 कोहिमा. राज्यपाल कमल किशोर वर्मा ने नई सरकार को शपथ दिलाई। "
                + "शाम को मुख्यमंत्री सुरेश नेगी ने मंत्री अरुण थापा और विधायक रीना लोंगकुमेर के साथ राजभवन जाकर राज्यपाल से भेंट की।");
    assertTrue(met(f, "कमल किशोर वर्मा", "सुरेश नेगी"), f.met().toString());
    assertTrue(met(f, "कमल किशोर वर्मा", "अरुण थापा"), f.met().toString());
    assertTrue(met(f, "कमल किशोर वर्मा", "रीना लोंगकुमेर"), f.met().toString());
  }

  @Test
  void whoArrivedBeforeTheMeetingSentenceMetTheOneMet() {
    ArticleFacts f =
        run(
            "date 2024-02-01 पुडुचेरी. उपराज्यपाल हरीश चंद्र मेहता ने बयान जारी किया। "
                + "दोपहर मुख्यमंत्री विनोद कुमार सेठी और मंत्री अनिल बरुआ राजनिवास पहुंचे। उपराज्यपाल से मुलाकात के दौरान सेठी ने ज्ञापन दिया।");
    assertTrue(met(f, "हरीश चंद्र मेहता", "विनोद कुमार सेठी"), f.met().toString());
    assertTrue(met(f, "हरीश चंद्र मेहता", "अनिल बरुआ"), f.met().toString());
  }

  @Test
  void thoseWhoAccompaniedMetEveryoneOfTheMeeting() {
    ArticleFacts f =
        run(
            "date 2022-06-14 Thiruvananthapuram. Chief Minister Ravi Menon called on Governor Asha Pillai at Raj Bhavan on Tuesday. "
                + "He was accompanied by Finance Minister Joseph Kurian.");
    assertTrue(met(f, "Asha Pillai", "Joseph Kurian"), f.met().toString());
    assertTrue(met(f, "Asha Pillai", "Ravi Menon"), f.met().toString());
  }

  @Test
  void aPronounBeforeTheMeetingIsTheLastSentencesSubject() {
    ArticleFacts f =
        run(
            "date 2022-09-02 नई दिल्ली. पंजाब के मुख्यमंत्री हरदीप सिंह ढिल्लों शुक्रवार सुबह दिल्ली पहुंचे। "
                + "दोपहर में उन्होंने केंद्रीय गृह मंत्री महेश चंद्र गोयल से मुलाकात की।");
    assertTrue(met(f, "हरदीप सिंह ढिल्लों", "महेश चंद्र गोयल"), f.met().toString());
    ArticleFacts g =
        run(
            "date 2022-09-02 नई दिल्ली. पंजाब के मुख्यमंत्री हरदीप सिंह ढिल्लों शुक्रवार सुबह दिल्ली पहुंचे। "
                + "उन्होंने कहा कि वह केंद्रीय गृह मंत्री महेश चंद्र गोयल से मिलेंगे।");
    assertTrue(g.met().isEmpty(), "a plan is no meeting " + g.met());
  }

  @Test
  void aVisitorToTwoHomesMetBothHostsWhoDidNotMeetEachOther() {
    ArticleFacts f =
        run(
            "date 2021-07-04 शिमला. मुख्यमंत्री रमेश ठाकुर रविवार को पूर्व मुख्यमंत्री प्रेम कुमार धूमल और वरिष्ठ नेता गुलाब सिंह चौहान के आवास भी गए।");
    assertTrue(met(f, "रमेश ठाकुर", "प्रेम कुमार धूमल"), f.met().toString());
    assertTrue(met(f, "रमेश ठाकुर", "गुलाब सिंह चौहान"), f.met().toString());
    assertFalse(met(f, "प्रेम कुमार धूमल", "गुलाब सिंह चौहान"), f.met().toString());
  }

  @Test
  void anAttendanceSentenceWithItsOwnMeetingJoinsNoEarlierMeeting() {
    ArticleFacts f =
        run(
            "date 2023-05-20 जयपुर. मुख्यमंत्री अशोक वर्मा ने राज्यपाल दिनेश चंद्र मिश्र से मुलाकात की। "
                + "शाम को पार्टी कार्यालय में हुई कार्यकारिणी की बैठक में महासचिव कविता सैनी और प्रवक्ता अजय बैरवा मौजूद थे।");
    assertTrue(met(f, "अशोक वर्मा", "दिनेश चंद्र मिश्र"), f.met().toString());
    assertFalse(met(f, "अशोक वर्मा", "कविता सैनी"), f.met().toString());
    assertFalse(met(f, "दिनेश चंद्र मिश्र", "कविता सैनी"), f.met().toString());
  }

  @Test
  void initialsDoNotCountAgainstTheWordsOfAName() {
    ArticleFacts f =
        run("date 2020-01-10 हैदराबाद. मुख्यमंत्री वाई एस राम मोहन रेड्डी ने बैठक ली।");
    assertEquals(
        "वाई एस राम मोहन रेड्डी",
        person(f, "वाई एस राम मोहन रेड्डी").aliases().stream()
            .filter(a -> a.startsWith("वाई"))
            .findFirst()
            .orElse(person(f, "वाई एस राम मोहन रेड्डी").name()));
  }

  private static boolean former(ArticleFacts f, String alias, String title, String state) {
    String key = person(f, alias).key();
    return f.holds().stream()
        .anyMatch(
            h ->
                h.personKey().equals(key)
                    && h.office().title().equals(title)
                    && java.util.Objects.equals(state, h.office().stateId())
                    && h.status() == Status.FORMER);
  }

  @Test
  void aCountedPluralTitleBeforeADashGoesToThatManyPeople() {
    ArticleFacts f =
        run(
            "date 2022-03-10 लखनऊ. बैठक में तीन पूर्व मुख्यमंत्री शामिल हुए — समाजवादी नेता और सांसद रमाकांत यादव, "
                + "उनके भाई श्यामलाल यादव और वरिष्ठ नेता गिरधारी लाल मिश्र।");
    for (String who : List.of("रमाकांत यादव", "श्यामलाल यादव", "गिरधारी लाल मिश्र")) {
      assertTrue(former(f, who, "Chief Minister", "uttar-pradesh"), who + " " + f.holds());
    }
    ArticleFacts g =
        run(
            "date 2022-03-10 लखनऊ. बैठक में दो पूर्व मुख्यमंत्री शामिल हुए — सांसद रमाकांत यादव, "
                + "उनके भाई श्यामलाल यादव और वरिष्ठ नेता गिरधारी लाल मिश्र।");
    assertFalse(
        former(g, "श्यामलाल यादव", "Chief Minister", "uttar-pradesh"),
        "two named, three listed: " + g.holds());
  }

  @Test
  void formerByRaheDeathAppositionAndAPredicateList() {
    ArticleFacts f =
        run(
            "date 2023-12-12 भोपाल. पिछली सरकार में वित्त मंत्री रहे हरिशंकर पटेल अब उपमुख्यमंत्री होंगे।");
    assertTrue(
        former(f, "हरिशंकर पटेल", "Finance Minister", "madhya-pradesh"), f.holds().toString());
    ArticleFacts g =
        run(
            "date 2019-03-18 पणजी. रविवार शाम मुख्यमंत्री विनायक केरकर का लंबी बीमारी के बाद निधन हो गया।");
    assertTrue(former(g, "विनायक केरकर", "Chief Minister", "goa"), g.holds().toString());
    ArticleFacts h =
        run(
            "date 2022-12-11 Shimla. Ramesh Chand Thakur, a four-time MLA from Palampur and the former Leader of the Opposition, "
                + "said the Cabinet would meet on Monday.");
    assertTrue(
        former(h, "Ramesh Chand Thakur", "Leader of Opposition", "himachal-pradesh"),
        h.holds().toString());
    ArticleFacts k =
        run(
            "date 2021-07-04 देहरादून. पिछली सरकार में मोहन चंद्र जोशी, कमला बिष्ट और दीपक नेगी राज्य मंत्री थे।");
    for (String who : List.of("मोहन चंद्र जोशी", "कमला बिष्ट", "दीपक नेगी")) {
      assertTrue(
          k.holds().stream()
              .anyMatch(
                  x -> x.personKey().equals(person(k, who).key()) && x.status() == Status.FORMER),
          who + " " + k.holds());
    }
  }

  @Test
  void aTieWithTheDatelinesSeatGoesToTheOtherState() {
    ArticleFacts f =
        run(
            "date 2019-10-05 नई दिल्ली. ओडिशा के मुख्यमंत्री प्रफुल्ल कुमार नायक ने कहा कि राज्य को मदद चाहिए। "
                + "विपक्ष ने कहा कि मुख्यमंत्री दिल्ली केवल फोटो खिंचवाने जाते हैं। पूर्व मुख्यमंत्री सुदर्शन पाणिग्रही ने भी आरोप लगाया।");
    assertTrue(former(f, "सुदर्शन पाणिग्रही", "Chief Minister", "odisha"), f.holds().toString());
  }

  @Test
  void theChairHostsAndThoseWhoSpokeMetTheChair() {
    ArticleFacts f =
        run(
            "date 2021-05-20 Bhopal. Madhya Pradesh Chief Minister Ramesh Tiwari sought more oxygen during a video conference "
                + "chaired by Prime Minister Sunil Kapoor with Chief Ministers on Thursday. "
                + "Among the Chief Ministers who spoke were Anil Deshpande of Maharashtra and Kavita Reddy of Telangana.");
    assertTrue(met(f, "Sunil Kapoor", "Ramesh Tiwari"), f.met().toString());
    assertTrue(met(f, "Sunil Kapoor", "Anil Deshpande"), f.met().toString());
    assertTrue(met(f, "Sunil Kapoor", "Kavita Reddy"), f.met().toString());
  }

  @Test
  void speakersCampsLaterClausesAndPlansAreNoParticipants() {
    ArticleFacts f =
        run(
            "date 2020-08-10 जयपुर. इसी बीच रावल खेमे के विधायक गिरिराज मीणा ने शाम को मुख्यमंत्री निवास पहुंचकर मुख्यमंत्री हरिप्रसाद जोशी से मुलाकात की।");
    assertTrue(met(f, "गिरिराज मीणा", "हरिप्रसाद जोशी"), f.met().toString());
    assertEquals(1, f.met().size(), "the camp's leader took no part: " + f.met());
    ArticleFacts g =
        run(
            "date 2019-11-29 मुंबई. उपमुख्यमंत्री राकेश पाटिल ने हालांकि कहा कि नीलिमा देसाई से मुख्यमंत्री सुधाकर राणे की मुलाकात सामान्य शिष्टाचार है।");
    assertFalse(met(g, "राकेश पाटिल", "नीलिमा देसाई"), g.met().toString());
    ArticleFacts h =
        run(
            "date 2018-06-17 New Delhi. Four Chief Ministers – Arun Mehta of Bihar and Leela Nair of Kerala – on Sunday met "
                + "Prime Minister Sunil Kapoor on the sidelines of a council meeting and urged him to end the standoff with Governor Ravi Sood.");
    assertTrue(met(h, "Arun Mehta", "Sunil Kapoor"), h.met().toString());
    assertFalse(met(h, "Ravi Sood", "Sunil Kapoor"), h.met().toString());
    ArticleFacts k =
        run(
            "date 2022-12-11 Shimla. Chief Minister Ramesh Thakur is expected to travel to Delhi this week to meet party president Sunil Kapoor.");
    assertTrue(k.met().isEmpty(), k.met().toString());
    ArticleFacts m =
        run(
            "date 2023-05-04 इंफाल. बताया गया कि मुख्यमंत्री तोम्बा सिंह दोपहर में राज्यपाल लीला देवी से मिलकर इस्तीफा सौंपने वाले हैं।");
    assertTrue(m.met().isEmpty(), m.met().toString());
  }

  @Test
  void aPlaceWhoseKeyIsASurnamesKeyIsNotThatPerson() {
    ArticleFacts f =
        run(
            "date 2020-06-26 लखनऊ. कांग्रेस महासचिव सुमन गांधी वर्मा ने सवाल किया। "
                + "मुख्यमंत्री ने सबसे पहले गोंडा के रमेश कुमार मौर्य से बात की।");
    assertFalse(person(f, "सुमन गांधी वर्मा").aliases().contains("गोंडा"), f.persons().toString());
  }

  @Test
  void titledPairsTheOwnersMeetingAndTheListMetTogether() {
    ArticleFacts f =
        run(
            "date 2021-05-28 कोलकाता. प्रधानमंत्री सुनील कपूर और मुख्यमंत्री अनीता घोषाल की शुक्रवार को हवाई अड्डे पर मुलाकात हुई।");
    assertTrue(met(f, "सुनील कपूर", "अनीता घोषाल"), f.met().toString());
    ArticleFacts g =
        run(
            "date 2021-05-28 कोलकाता. प्रधानमंत्री सुनील कपूर ने राज्य का दौरा किया। "
                + "प्रधानमंत्री की समीक्षा बैठक में राज्यपाल हरीश भट्ट और नेता प्रतिपक्ष अमल बसु शामिल हुए।");
    assertTrue(met(g, "सुनील कपूर", "हरीश भट्ट"), g.met().toString());
    assertTrue(met(g, "सुनील कपूर", "अमल बसु"), g.met().toString());
    ArticleFacts h =
        run(
            "date 2023-12-06 हैदराबाद. प्रदेश अध्यक्ष रमेश राव ने दिल्ली में पार्टी अध्यक्ष सुधीर कुमार और वरिष्ठ नेता नीता सिन्हा से मुलाकात की।");
    assertTrue(met(h, "रमेश राव", "नीता सिन्हा"), h.met().toString());
    assertFalse(
        met(h, "सुधीर कुमार", "नीता सिन्हा"), "both were met, not meeting each other: " + h.met());
  }

  @Test
  void whoChairsTheMeetingHostsItsAttendees() {
    ArticleFacts f =
        run(
            "date 2024-06-12 Bhubaneswar. Chief Minister Ravi Mohanty called on Governor Asha Pillai in the morning. "
                + "In the evening Mr. Mohanty chaired the first meeting of his Council of Ministers. "
                + "The meeting was attended by Deputy Chief Minister Sarita Das and Chief Secretary Ajay Rath.");
    assertTrue(met(f, "Ravi Mohanty", "Sarita Das"), f.met().toString());
    assertFalse(met(f, "Asha Pillai", "Sarita Das"), f.met().toString());
  }

  @Test
  void twoPeopleMetTogetherAndACabinetsOwnMeetingStayApart() {
    ArticleFacts f =
        run(
            "date 2023-12-06 हैदराबाद. पार्टी अध्यक्ष सुधीर कुमार और वरिष्ठ नेता नीता सिन्हा ने बधाई दी। "
                + "प्रदेश अध्यक्ष ने दिल्ली में सुधीर कुमार और नीता सिन्हा से मुलाकात की थी। "
                + "शपथ के बाद मुख्यमंत्री रमेश राव सचिवालय पहुंचे और शाम को मंत्रिमंडल की पहली बैठक की।");
    assertFalse(met(f, "सुधीर कुमार", "नीता सिन्हा"), f.met().toString());
    assertFalse(met(f, "रमेश राव", "नीता सिन्हा"), f.met().toString());
  }

  @Test
  void aCompanionOfTheVisitorAndAReportingMemberOfTheGroupMet() {
    ArticleFacts f =
        run(
            "date 2019-10-26 चंडीगढ़. हरियाणा के राज्यपाल हरीश भट्ट ने बयान दिया। "
                + "शाम को मुख्यमंत्री रमेश राव विधायक कमल सिंह के साथ राजभवन पहुंचे और राज्यपाल हरीश भट्ट से भेंट की।");
    assertTrue(met(f, "हरीश भट्ट", "रमेश राव"), f.met().toString());
    assertTrue(met(f, "हरीश भट्ट", "कमल सिंह"), f.met().toString());
    ArticleFacts g =
        run(
            "date 2021-04-12 रायपुर. मुख्यमंत्री रमेश राव ने वीडियो कॉन्फ्रेंसिंग के जरिए सभी जिलों के कलेक्टरों के साथ समीक्षा बैठक की। "
                + "दुर्ग के कलेक्टर अमित साहू ने बताया कि अस्पतालों में बिस्तर बढ़ाए गए हैं।");
    assertTrue(met(g, "रमेश राव", "अमित साहू"), g.met().toString());
    assertFalse(
        person(g, "अमित साहू").name().equals("Amit Shah"),
        "साहू keys like शाह but is spelled otherwise: " + g.persons());
  }

  @Test
  void aDelegationsMembersMetTheOneVisitedAndAPlaceBeforeSthitIsNoPerson() {
    ArticleFacts f =
        run(
            "date 2022-03-09 पटना. राज्यपाल हरीश भट्ट ने विधेयक पर हस्ताक्षर किए। "
                + "दोपहर में प्रदेश अध्यक्ष कमल सिंह के नेतृत्व में पार्टी का एक प्रतिनिधिमंडल राज्यपाल से मिला। "
                + "प्रतिनिधिमंडल में विधायक अमित साहू और नीता सिन्हा शामिल थे। "
                + "शाम को मुख्यमंत्री रमेश राव कंकड़बाग स्थित आवास पर पहुंचे।");
    assertTrue(met(f, "हरीश भट्ट", "कमल सिंह"), f.met().toString());
    assertTrue(met(f, "हरीश भट्ट", "अमित साहू"), f.met().toString());
    assertTrue(met(f, "हरीश भट्ट", "नीता सिन्हा"), f.met().toString());
    assertTrue(
        f.persons().stream()
            .noneMatch(p -> p.name().contains("Kankad") || p.aliases().contains("कंकड़बाग")),
        f.persons().toString());
    ArticleFacts g =
        run(
            "date 2022-03-09 Patna. Chief Minister Ramesh Rao met Governor Harish Bhatt at Raj Bhavan. "
                + "The meeting was also attended by Chief Secretary Amit Sahu.");
    assertTrue(
        met(g, "Harish Bhatt", "Amit Sahu"), "an attendee met everyone of the meeting: " + g.met());
    assertTrue(met(g, "Ramesh Rao", "Amit Sahu"), g.met().toString());
  }

  @Test
  void twoWhoHeldTalksMetAWouldMeetIsAPlanAndNewPortfoliosHaveTitles() {
    ArticleFacts f =
        run(
            "date 2023-12-12 Bengaluru. Former Chief Minister Ravi Gowda and Mr. Anil Hegde later held talks at a hotel. "
                + "Mr. Gowda said his father Suresh Gowda would meet Union Coal Minister Arun Joshi next week.");
    assertTrue(met(f, "Ravi Gowda", "Anil Hegde"), f.met().toString());
    assertFalse(met(f, "Suresh Gowda", "Arun Joshi"), "a meeting still to come: " + f.met());
    assertTrue(
        f.holds().stream()
            .anyMatch(
                h -> h.office().title().equals("Coal Minister") && h.office().stateId() == null),
        f.holds().toString());
  }
}
