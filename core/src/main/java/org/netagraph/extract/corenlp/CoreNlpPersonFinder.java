package org.netagraph.extract.corenlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netagraph.ModelException;
import org.netagraph.extract.LexiconFinder;
import org.netagraph.extract.MentionFinder;
import org.netagraph.extract.NameWords;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Sentence;
import org.netagraph.model.Token;

/**
 * CoreNLP named-entity recognition on the Latin-script runs of a sentence (English paragraphs,
 * agency quotes, bracketed glosses). Only the 3-class CRF runs: no tagger, no SUTime, no
 * gazetteers, which is what makes it fast enough for every sentence. Person spans are trimmed of
 * lexicon words at their edges ({@code CM}, {@code Rajasthan}, {@code Captain}); locations and
 * organisations are reported too, so other finders can keep off them.
 *
 * <p>The classifier is loaded once per JVM ({@link #shared()}); classification is thread-safe.
 */
public final class CoreNlpPersonFinder implements MentionFinder {
  public static final String LAYER = "person:corenlp";
  public static final String MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private static volatile CoreNlpPersonFinder shared;
  private final AbstractSequenceClassifier<CoreLabel> classifier;

  private CoreNlpPersonFinder(AbstractSequenceClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** The finder with the CRF model loaded once per JVM (a few seconds, ~300 MB of heap). */
  public static CoreNlpPersonFinder shared() {
    CoreNlpPersonFinder f = shared;
    if (f == null) {
      synchronized (CoreNlpPersonFinder.class) {
        f = shared;
        if (f == null) {
          try {
            f = new CoreNlpPersonFinder(CRFClassifier.getClassifier(MODEL));
          } catch (Exception | LinkageError e) {
            throw new ModelException("cannot load the CoreNLP model " + MODEL + ": " + e, e);
          }
          shared = f;
        }
      }
    }
    return f;
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
      if (!toks.get(i).isLatin()) {
        i++;
        continue;
      }
      int j = i;
      boolean capital = false;
      while (j < toks.size() && !toks.get(j).isDevanagari()) {
        capital |= toks.get(j).isCapitalised();
        j++;
      }
      if (capital) {
        classifyRun(s, found, i, j, out);
      }
      i = j;
    }
    return out;
  }

  private void classifyRun(Sentence s, List<Mention> found, int from, int to, List<Mention> out) {
    int base = s.tokens().get(from).start();
    String text = s.text().substring(base, s.tokens().get(to - 1).end());
    List<Triple<String, Integer, Integer>> spans = classifier.classifyToCharacterOffsets(text);
    for (Triple<String, Integer, Integer> t : spans) {
      int startTok = -1;
      int endTok = -1;
      for (int k = from; k < to; k++) {
        Token tok = s.tokens().get(k);
        int ts = tok.start() - base;
        int te = tok.end() - base;
        if (ts >= t.second() && te <= t.third()) {
          if (startTok < 0) {
            startTok = k;
          }
          endTok = k + 1;
        }
      }
      if (startTok < 0) {
        continue;
      }
      MentionType type;
      switch (t.first()) {
        case "PERSON":
          type = MentionType.PERSON;
          break;
        case "LOCATION":
          type = MentionType.LOCATION;
          break;
        case "ORGANIZATION":
          type = MentionType.ORGANIZATION;
          break;
        default:
          continue;
      }
      if (type == MentionType.PERSON) {
        while (startTok < endTok && NameWords.covered(found, startTok)) {
          startTok++;
        }
        while (endTok > startTok
            && (NameWords.covered(found, endTok - 1) || !s.tokens().get(endTok - 1).isLatin())) {
          endTok--;
        }
        if (startTok >= endTok) {
          continue;
        }
      }
      String surface = s.span(startTok, endTok);
      out.add(new Mention(s.index(), startTok, endTok, type, surface, "", surface, LAYER));
    }
  }
}
