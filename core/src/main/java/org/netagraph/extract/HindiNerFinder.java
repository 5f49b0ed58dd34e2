package org.netagraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netagraph.ModelException;
import org.netagraph.extract.ner.HindiNer;
import org.netagraph.lexicon.ModelSource;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * The Hindi named-entity recogniser ({@code models/hiner-ner.bin.gz}, trained on HiNER, IL-NER and
 * MultiCoNER II) on the Devanagari runs of a sentence. Its PERSON spans become person mentions,
 * trimmed of lexicon words (titles, states, parties) at their edges; a one-word span must not be a
 * stop word. The same recogniser answers {@code netagraph tag}.
 */
public final class HindiNerFinder implements MentionFinder {
  public static final String LAYER = "person:ner";
  public static final String MODEL = "hiner-ner.bin.gz";
  private final HindiNer ner;
  private final NameWords words;
  private final org.netagraph.lexicon.WordClasses.WordClass continuations;

  public HindiNerFinder(HindiNer ner, org.netagraph.lexicon.Lexicon lexicon) {
    this.ner = ner;
    this.words = new NameWords(lexicon);
    this.continuations = lexicon.wordClasses().get("name_continuation");
  }

  /** Loads the shipped model from {@code models}. */
  public static HindiNer load(ModelSource models) {
    try (InputStream in = models.open(MODEL)) {
      return HindiNer.load(in, models.describe() + "/" + MODEL);
    } catch (IOException e) {
      throw new ModelException(
          "cannot load the Hindi NER model "
              + MODEL
              + " from "
              + models.describe()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public Set<String> provides() {
    return Set.of(LAYER);
  }

  @Override
  public Set<String> requires() {
    return Set.of(LexiconFinder.LAYER);
  }

  @Override
  public List<Mention> find(Sentence s, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    List<Token> toks = s.tokens();
    int i = 0;
    while (i < toks.size()) {
      if (!toks.get(i).isDevanagari()) {
        i++;
        continue;
      }
      int j = i;
      while (j < toks.size() && !toks.get(j).isLatin()) {
        j++;
      }
      List<String> words = new ArrayList<>(j - i);
      for (int k = i; k < j; k++) {
        words.add(toks.get(k).text());
      }
      List<String> tags = ner.tag(words);
      for (int k = 0; k < tags.size(); k++) {
        if (!tags.get(k).equals("B-PERSON")) {
          continue;
        }
        int end = k + 1;
        while (end < tags.size() && tags.get(end).equals("I-PERSON")) {
          end++;
        }
        add(s, found, i + k, i + end, out);
      }
      i = j;
    }
    return out;
  }

  private void add(Sentence s, List<Mention> found, int start, int end, List<Mention> out) {
    while (start < end && (NameWords.covered(found, start) || !s.tokens().get(start).isWord())) {
      start++;
    }
    while (end > start
        && (NameWords.covered(found, end - 1) || !s.tokens().get(end - 1).isWord())) {
      end--;
    }
    if (start >= end) {
      return;
    }
    for (int k = start; k < end; k++) {
      if (!words.nameLike(s.tokens().get(k), false) && !words.initialAt(s, k)) {
        return; // a span holding a stop word or a lexicon word is not a clean name
      }
    }
    if (start > 0
        && continuations.has(s.tokens().get(start).norm())
        && !NameWords.covered(found, start - 1)
        && s.tokens().get(start - 1).isDevanagari()
        && words.nameLike(s.tokens().get(start - 1), false)) {
      start--; // सिंह begins no name (name_continuation): the given name before it was left out of
      // the span
    }
    String surface = s.span(start, end);
    out.add(new Mention(s.index(), start, end, MentionType.PERSON, surface, "", surface, LAYER));
  }
}
