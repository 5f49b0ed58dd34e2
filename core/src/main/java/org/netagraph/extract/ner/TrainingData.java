package org.netagraph.extract.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences a training run learns from and is scored on, assembled from several corpora: each
 * read through its {@link TagMap} ({@link CorpusReader}); the first corpus's fold held out when the
 * options say so; then, in corpus order, a sentence is dropped when it equals an evaluation
 * sentence (the held-out fold or an evaluation corpus), an earlier sentence of its corpus, or a
 * sentence of an earlier corpus. Sentences are equal when their letters and digits are, in matching
 * form (tokenisation, punctuation, nukta and the like aside). Per-corpus counts go to {@link
 * CorpusStats}.
 */
final class TrainingData {
  /**
   * A training sentence, the index of its corpus (0 is the first) and the weight of its updates.
   */
  record Sentence(ConllSentence sentence, int corpus, float weight) {}

  /** Sentences to score on, under a name for the report. */
  record Evaluation(String name, List<ConllSentence> sentences) {
    Evaluation {
      sentences = List.copyOf(sentences);
    }
  }

  final List<Sentence> train;
  final List<Evaluation> evaluations;
  final List<CorpusStats> stats;
  final int corpora;

  private TrainingData(
      List<Sentence> train, List<Evaluation> evaluations, List<CorpusStats> stats, int corpora) {
    this.train = List.copyOf(train);
    this.evaluations = List.copyOf(evaluations);
    this.stats = List.copyOf(stats);
    this.corpora = corpora;
  }

  List<ConllSentence> trainSentences() {
    return train.stream().map(Sentence::sentence).toList();
  }

  static TrainingData assemble(
      List<CorpusSpec> corpora, List<CorpusSpec> evalCorpora, TrainingOptions options)
      throws IOException {
    if (corpora.isEmpty()) {
      throw new IllegalArgumentException("no training corpus");
    }
    Map<String, TagMap> maps = null;
    List<CorpusReader.Result> read = new ArrayList<>();
    List<String> mapNames = new ArrayList<>();
    List<CorpusSpec> all = new ArrayList<>(corpora);
    all.addAll(evalCorpora);
    for (CorpusSpec spec : all) {
      TagMap map = TagMap.identity();
      if (spec.map().isPresent()) {
        if (maps == null) {
          maps = loadMaps(options);
        }
        map = maps.get(spec.map().get());
        if (map == null) {
          throw new IllegalArgumentException(
              "no tag map '"
                  + spec.map().get()
                  + "' in "
                  + TagMap.FILE
                  + "; it has "
                  + maps.keySet());
        }
      }
      CorpusReader.Result r = CorpusReader.read(spec.file(), map);
      if (r.sentences().isEmpty()) {
        throw new NerFormatException(spec.file().toString(), 0, "no sentences");
      }
      read.add(r);
      mapNames.add(map.name());
    }

    List<Evaluation> evaluations = new ArrayList<>();
    List<ConllSentence> first = read.get(0).sentences();
    List<ConllSentence> heldOut = new ArrayList<>();
    for (int s = 0; s < first.size(); s++) {
      if (options.isHeldOut(s)) {
        heldOut.add(first.get(s));
      }
    }
    if (!heldOut.isEmpty()) {
      evaluations.add(
          new Evaluation(
              String.format(
                  java.util.Locale.ROOT,
                  "%s fold %d of %d",
                  corpora.get(0).name(),
                  options.holdoutRemainder(),
                  options.holdoutEvery()),
              heldOut));
    }
    for (int e = 0; e < evalCorpora.size(); e++) {
      evaluations.add(
          new Evaluation(evalCorpora.get(e).name(), read.get(corpora.size() + e).sentences()));
    }
    Set<Long> evalKeys = new HashSet<>();
    for (Evaluation e : evaluations) {
      for (ConllSentence s : e.sentences()) {
        evalKeys.add(key(s));
      }
    }

    List<Sentence> train = new ArrayList<>();
    List<CorpusStats> stats = new ArrayList<>();
    Set<Long> earlier = new HashSet<>();
    for (int c = 0; c < corpora.size(); c++) {
      CorpusReader.Result r = read.get(c);
      Set<Long> own = new HashSet<>();
      int held = 0;
      int dup = 0;
      int dupEarlier = 0;
      int equalEval = 0;
      int kept = 0;
      long tokens = 0;
      long keptTokens = 0;
      int[] spans = new int[BioTags.TYPES.size()];
      List<ConllSentence> sentences = r.sentences();
      for (int s = 0; s < sentences.size(); s++) {
        ConllSentence sentence = sentences.get(s);
        tokens += sentence.size();
        if (c == 0 && options.isHeldOut(s)) {
          held++;
          continue;
        }
        long k = key(sentence);
        if (evalKeys.contains(k)) {
          equalEval++;
        } else if (!own.add(k)) {
          dup++;
        } else if (earlier.contains(k)) {
          dupEarlier++;
        } else {
          kept++;
          keptTokens += sentence.size();
          countSpans(sentence, spans);
          train.add(new Sentence(sentence, c, (float) corpora.get(c).weight()));
        }
      }
      earlier.addAll(own);
      stats.add(
          new CorpusStats(
              corpora.get(c).name(),
              mapNames.get(c),
              sentences.size(),
              tokens,
              r.repairedTags(),
              held,
              dup,
              dupEarlier,
              equalEval,
              kept,
              keptTokens,
              List.of(spans[0], spans[1], spans[2])));
    }
    if (train.isEmpty()) {
      throw new IllegalArgumentException("the hold-out options leave no training sentences");
    }
    return new TrainingData(train, evaluations, stats, corpora.size());
  }

  private static Map<String, TagMap> loadMaps(TrainingOptions options) throws IOException {
    if (options.gazetteerDir().isEmpty()) {
      throw new IllegalArgumentException("a tag map needs the models folder (--models DIR)");
    }
    Path file = options.gazetteerDir().get().resolve(TagMap.FILE);
    if (!Files.isRegularFile(file)) {
      throw new NerFormatException(file.toString(), 0, "tag map file does not exist");
    }
    return TagMap.load(file);
  }

  /** Equality key of a sentence: the hash of its letters and digits in matching form. */
  static long key(ConllSentence s) {
    StringBuilder b = new StringBuilder();
    for (String token : s.tokens()) {
      String f = TextNormalizer.matchForm(token);
      for (int i = 0; i < f.length(); i++) {
        char ch = f.charAt(i);
        if (HindiTokenizer.isWordChar(ch)) {
          b.append(ch);
        }
      }
    }
    if (b.length() == 0) {
      for (String token : s.tokens()) {
        b.append(token);
      }
    }
    return Hashing.chars(b);
  }

  private static void countSpans(ConllSentence s, int[] spans) {
    for (String tag : s.tags()) {
      int t = BioTags.index(tag);
      if (t != BioTags.O && !BioTags.isInside(t)) {
        spans[BioTags.type(t)]++;
      }
    }
  }
}
