package org.netagraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Article;
import org.netagraph.text.ArticleReader;

/**
 * Code-mixed articles of 300 to 1,500 words built from the lexicons with a fixed seed: a dateline,
 * Hindi paragraphs, English agency quotes with tweet links and bracketed Latin glosses, and planted
 * facts (a chief minister, a party president, meetings) recorded for the recall check. The filler
 * sentences are the developers' own.
 */
public final class SyntheticCorpus {
  /** A planted fact: HOLDS (person, title, state or party id) or MET (person, other). */
  public record Planted(String kind, String person, String other) {}

  /** One generated article and what it plants. */
  public record Item(Article article, List<Planted> planted, int words) {}

  private static final String[] HINDI_FILLER = {
    "प्रदेश में विकास कार्यों की रफ्तार तेज करने के लिए नई योजनाओं का खाका तैयार किया जा रहा है।",
    "विपक्ष ने सरकार पर किसानों की अनदेखी का आरोप लगाते हुए सदन में जमकर हंगामा किया।",
    "अधिकारियों को निर्देश दिए गए हैं कि बारिश से पहले सभी नालों की सफाई पूरी कर ली जाए।",
    "पार्टी कार्यकर्ताओं में आगामी चुनाव को लेकर खासा उत्साह देखा जा रहा है।",
    "बैठक में बिजली, पानी और सड़क से जुड़े मुद्दों पर विस्तार से चर्चा हुई।",
    "जिले के कई गांवों में अब भी पीने के पानी की समस्या बनी हुई है।",
    "सरकार का दावा है कि पिछले एक साल में दो लाख से अधिक युवाओं को रोजगार मिला है।",
    "राजनीतिक जानकारों का मानना है कि इस फैसले का असर अगले चुनाव पर पड़ सकता है।",
    "नगर निगम ने शहर में अतिक्रमण हटाने का अभियान फिर से शुरू कर दिया है।",
    "स्वास्थ्य विभाग ने मौसमी बीमारियों को देखते हुए अस्पतालों को अलर्ट पर रखा है।",
    "शिक्षा विभाग ने सरकारी स्कूलों में शिक्षकों की कमी दूर करने का भरोसा दिलाया है।",
    "व्यापारी संगठनों ने नई कर व्यवस्था के खिलाफ ज्ञापन सौंपा है।",
  };
  private static final String[] ENGLISH_FILLER = {
    "The opposition walked out of the assembly demanding a discussion on farm distress.",
    "Officials said the new scheme would cover nearly two lakh households in the first phase.",
    "Party workers gathered outside the office as results of the local body polls trickled in.",
    "The state government has sought additional central assistance for flood relief.",
    "Analysts say the decision could reshape alliances ahead of the next general election.",
    "The budget session is likely to be stormy, with the opposition planning protests.",
  };
  private static final String[] CITIES_OF = {
    "भोपाल", "जयपुर", "लखनऊ", "पटना", "रायपुर", "रांची", "देहरादून", "शिमला", "मुंबई", "कोलकाता"
  };

  private SyntheticCorpus() {}

  /** {@code n} articles from {@code seed}; the same arguments give the same corpus. */
  public static List<Item> generate(Lexicon lexicon, int n, long seed) {
    Random r = new Random(seed);
    List<Lexicon.Person> people = people(lexicon);
    List<Lexicon.State> states = new ArrayList<>(lexicon.states().values());
    List<Lexicon.Party> parties = parties(lexicon);
    List<Item> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(article(i, r, people, states, parties));
    }
    return out;
  }

  /** A generated article's file name and bytes, as {@code load} reads them. */
  public interface FileSink {
    void accept(String name, byte[] bytes) throws java.io.IOException;
  }

  /**
   * Writes the same {@code n} articles as {@link #generate} one at a time to {@code sink}, without
   * holding them (for the load scale check).
   */
  public static void forEachFile(Lexicon lexicon, int n, long seed, FileSink sink)
      throws java.io.IOException {
    Random r = new Random(seed);
    List<Lexicon.Person> people = people(lexicon);
    List<Lexicon.State> states = new ArrayList<>(lexicon.states().values());
    List<Lexicon.Party> parties = parties(lexicon);
    for (int i = 0; i < n; i++) {
      List<Planted> planted = new ArrayList<>();
      byte[] bytes = text(r, people, states, parties, planted).getBytes(StandardCharsets.UTF_8);
      sink.accept(name(i), bytes);
    }
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "synthetic-%06d.txt", i);
  }

  private static List<Lexicon.Person> people(Lexicon lexicon) {
    List<Lexicon.Person> people = new ArrayList<>();
    for (Lexicon.Person p : lexicon.persons()) {
      // Indian people only: a foreigner named as a state's Chief Minister is rightly read as
      // holding an office of his own country (extract/OfficeCountries), not the planted one.
      if (!p.foreign() && devanagari(p) != null && p.name().split("[ .]+").length >= 2) {
        people.add(p);
      }
    }
    people.sort((a, b) -> a.name().compareTo(b.name()));
    return people;
  }

  private static List<Lexicon.Party> parties(Lexicon lexicon) {
    List<Lexicon.Party> parties = new ArrayList<>();
    for (Lexicon.Party p : lexicon.parties().values()) {
      if (p.stateId() == null && hindiAlias(p) != null) {
        parties.add(p);
      }
    }
    return parties;
  }

  private static Item article(
      int i,
      Random r,
      List<Lexicon.Person> people,
      List<Lexicon.State> states,
      List<Lexicon.Party> parties) {
    List<Planted> planted = new ArrayList<>();
    String text = text(r, people, states, parties, planted);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Article a = ArticleReader.parse(Path.of(name(i)), bytes);
    return new Item(a, planted, count(text));
  }

  private static String text(
      Random r,
      List<Lexicon.Person> people,
      List<Lexicon.State> states,
      List<Lexicon.Party> parties,
      List<Planted> planted) {
    int target = 300 + r.nextInt(1201);
    Lexicon.Person cm = people.get(r.nextInt(people.size()));
    Lexicon.Person guest = pickOther(r, people, cm);
    Lexicon.Person leader = pickOther(r, people, cm, guest);
    Lexicon.State state = states.get(r.nextInt(states.size()));
    Lexicon.Party party = parties.get(r.nextInt(parties.size()));
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "date 2024-%02d-%02d %s. ",
            1 + r.nextInt(12),
            1 + r.nextInt(28),
            CITIES_OF[r.nextInt(CITIES_OF.length)]));
    b.append(state.nameHi())
        .append(" के मुख्यमंत्री ")
        .append(devanagari(cm))
        .append(" ( ")
        .append(cm.name())
        .append(" ) ने बुधवार को सचिवालय में अधिकारियों के साथ बैठक की। ");
    planted.add(new Planted("HOLDS", cm.name(), "Chief Minister|" + state.id()));
    b.append(filler(r, HINDI_FILLER, 3)).append("\n\n");
    b.append(devanagari(guest))
        .append(" ने ")
        .append(devanagari(cm))
        .append(" से उनके आवास पर मुलाकात की। ");
    planted.add(new Planted("MET", cm.name(), guest.name()));
    b.append(filler(r, HINDI_FILLER, 2)).append("\n\n");
    b.append(state.name())
        .append(" CM ")
        .append(cm.name())
        .append(" after meeting ")
        .append(guest.name())
        .append(": We discussed development of the state. pic.twitter.com/")
        .append(Integer.toHexString(r.nextInt()))
        .append(" — ANI (@ANI) March ")
        .append(1 + r.nextInt(28))
        .append(", 2024\n\n");
    b.append(hindiAlias(party))
        .append(" के प्रदेश अध्यक्ष ")
        .append(devanagari(leader))
        .append(" ने कहा कि सरकार हर मोर्चे पर विफल रही है। ");
    planted.add(new Planted("HOLDS", leader.name(), "President|" + party.id()));
    int words = count(b);
    while (words < target) {
      boolean english = r.nextInt(5) == 0;
      String para = english ? filler(r, ENGLISH_FILLER, 3) : filler(r, HINDI_FILLER, 4);
      b.append("\n\n").append(para);
      words = count(b);
    }
    return b.toString();
  }

  private static Lexicon.Person pickOther(
      Random r, List<Lexicon.Person> people, Lexicon.Person... not) {
    while (true) {
      Lexicon.Person p = people.get(r.nextInt(people.size()));
      boolean clash = false;
      for (Lexicon.Person x : not) {
        clash |= x.equals(p) || x.surnameKeys().stream().anyMatch(p.surnameKeys()::contains);
      }
      if (!clash) {
        return p;
      }
    }
  }

  private static String filler(Random r, String[] pool, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(pool[r.nextInt(pool.length)]).append(' ');
    }
    return b.toString().strip();
  }

  static int count(CharSequence s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) {
        words++;
      }
      in = !ws;
    }
    return words;
  }

  static String devanagari(Lexicon.Person p) {
    for (String a : p.aliases()) {
      if (a.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F) && a.contains(" ")) {
        return a;
      }
    }
    return null;
  }

  static String hindiAlias(Lexicon.Party p) {
    for (String a : p.aliases()) {
      if (a.codePoints().allMatch(c -> (c >= 0x0900 && c <= 0x097F) || c == ' ')) {
        return a;
      }
    }
    return null;
  }
}
