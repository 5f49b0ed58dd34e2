package org.netagraph.extract.ner;

import java.util.List;

/**
 * Turns a sentence into hashed feature keys, {@link #MAX_FEATURES} slots per token. Templates (see
 * {@code T_*}) cover the token and a window of two tokens each side in matching form, the words
 * three and four tokens away (left and right, position-free), prefixes and suffixes, shape and
 * script, position, gazetteer membership of the token, its neighbours and of phrases around it
 * (looked up in {@link TextNormalizer#looseForm loose form}), and how much a Devanagari word looks
 * like a person's name ({@link NameLikeness}, alone, for rare words, and with the next word), and
 * how the word was mostly tagged in training ({@link LabelLexicon}, alone and with the next word).
 * Nothing here depends on tags: the tag is conjoined by the weight table. Stateless apart from the
 * immutable gazetteer, so thread-safe.
 */
final class FeatureExtractor {
  /** Bumped whenever a template changes meaning; stored in the model file. */
  static final int VERSION = 6;

  static final int MAX_FEATURES = 128;

  private static final int T_BIAS = 0;
  private static final int T_W0 = 1;
  private static final int T_WM1 = 2;
  private static final int T_WP1 = 3;
  private static final int T_WM2 = 4;
  private static final int T_WP2 = 5;
  private static final int T_WM1_W0 = 6;
  private static final int T_W0_WP1 = 7;
  private static final int T_WP1_WP2 = 8;
  private static final int T_WM2_WM1 = 9;
  private static final int T_PREFIX = 10; // + length-1, lengths 1..4
  private static final int T_SUFFIX = 14; // + length-1, lengths 1..4
  private static final int T_SUFFIX_M1 = 18; // + length-2, lengths 2..3
  private static final int T_SUFFIX_P1 = 20; // + length-2, lengths 2..3
  private static final int T_SHAPE0 = 22;
  private static final int T_SHAPE_M1 = 23;
  private static final int T_SHAPE_P1 = 24;
  private static final int T_SCRIPT0 = 25;
  private static final int T_LENGTH = 26;
  private static final int T_FIRST = 27;
  private static final int T_LAST = 28;
  private static final int T_LEAD_PUNCT = 29;
  private static final int T_TRAIL_PUNCT = 30;
  private static final int T_GAZ = 31;
  private static final int T_GAZ_BEGIN = 32;
  private static final int T_GAZ_INSIDE = 33;
  private static final int T_GAZ_END = 34;
  private static final int T_GAZ_M1 = 35;
  private static final int T_GAZ_P1 = 36;
  private static final int T_GAZ_WP1 = 37;
  private static final int T_GAZ_BEGIN_P1 = 38;
  private static final int T_GAZ_END_M1 = 39;
  private static final int T_GAZ_M1_GAZ = 40;
  private static final int T_WM1_SUFFIX2 = 41;
  private static final int T_SCRIPT_M1_P1 = 42;
  private static final int T_GAZ_WM1 = 43;
  private static final int T_GAZ_M2 = 44;
  private static final int T_GAZ_P2 = 45;
  private static final int T_RARE = 46;
  private static final int T_RARE_WM1 = 47;
  private static final int T_RARE_WP1 = 48;
  private static final int T_RARE_SUFFIX = 49; // + length-1, lengths 1..3
  private static final int T_RARE_PATTERN = 52;
  private static final int T_RARE_WM1_WP1 = 53;
  private static final int T_GAZ_RARE = 54;
  private static final int T_GAZ_RARE_WP1 = 55;
  private static final int T_PREV_TRAIL_PUNCT = 56;
  private static final int T_WM1_SUFFIX0 = 57;
  private static final int T_LEFT_BAG = 58;
  private static final int T_RIGHT_BAG = 59;

  private static final int T_LEX = 64;
  private static final int T_LEX_WP1 = 65;
  private static final int T_NAMELIKE = 61;
  private static final int T_NAMELIKE_RARE = 62;
  private static final int T_NAMELIKE_WP1 = 63;
  private static final int T_CLUSTER = 66; // + level, WordClusters.LEVELS of them
  private static final int T_CLUSTER_M1 = 70;
  private static final int T_CLUSTER_P1 = 71;
  private static final int T_CLUSTER_WP1 = 72;
  private static final int T_CLUSTER_RARE = 73;
  private static final int T_NGRAM = 74; // + type, 3 of them
  private static final int T_NGRAM_RARE = 77; // + type

  private static final long H_BOS = Hashing.chars("<s>");
  private static final long H_BOS2 = Hashing.chars("<s2>");
  private static final long H_EOS = Hashing.chars("</s>");
  private static final long H_EOS2 = Hashing.chars("</s2>");
  private static final long H_NONE = Hashing.chars("<none>");

  private final Gazetteer gazetteer;
  private final Vocabulary frequent;
  private final NameLikeness nameLikeness;
  private final LabelLexicon lexicon;
  private final WordClusters clusters;
  private final NgramTypeModel ngrams;

  private static int put(long[] keys, int c, long key) {
    keys[c] = key;
    return c + 1;
  }

  /**
   * @param gazetteer phrase lists
   * @param frequent words (matching-form hashes) frequent in the training data; other words get the
   *     rare-word templates, which is how the model learns to treat unseen words
   * @param lexicon how words were tagged in the training data (see {@link LabelLexicon})
   * @param clusters word classes learned from unlabelled text (see {@link WordClusters})
   * @param ngrams what kind of entity words look like (see {@link NgramTypeModel})
   */
  FeatureExtractor(
      Gazetteer gazetteer,
      Vocabulary frequent,
      LabelLexicon lexicon,
      WordClusters clusters,
      NgramTypeModel ngrams) {
    this.ngrams = ngrams;
    this.gazetteer = gazetteer;
    this.frequent = frequent;
    this.lexicon = lexicon;
    this.clusters = clusters;
    this.nameLikeness = new NameLikeness(gazetteer.entries());
  }

  Vocabulary frequent() {
    return frequent;
  }

  LabelLexicon lexicon() {
    return lexicon;
  }

  WordClusters clusters() {
    return clusters;
  }

  NgramTypeModel ngrams() {
    return ngrams;
  }

  /** Matching-form hash of a token, as used for words, phrases and the vocabulary. */
  static long wordHash(String token) {
    return Hashing.chars(TextNormalizer.matchForm(token));
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Writes the feature keys of token {@code i} to {@code keys[i * MAX_FEATURES + k]} for {@code k <
   * counts[i]}. {@code keys} needs {@code tokens.size() * MAX_FEATURES} slots.
   */
  void extract(List<String> tokens, long[] keys, int[] counts) {
    int n = tokens.size();
    String[] forms = new String[n];
    long[] hashes = new long[n];
    long[] shapes = new long[n];
    int[] scripts = new int[n];
    for (int i = 0; i < n; i++) {
      String raw = tokens.get(i);
      if (raw == null) {
        throw new IllegalArgumentException("token " + i + " is null");
      }
      String form = TextNormalizer.matchForm(raw);
      forms[i] = form;
      hashes[i] = Hashing.chars(form);
      shapes[i] = TextNormalizer.shapeHash(raw);
      scripts[i] = TextNormalizer.script(form);
    }
    boolean[] rare = new boolean[n];
    for (int i = 0; i < n; i++) {
      rare[i] =
          scripts[i] != TextNormalizer.SCRIPT_PUNCT
              && scripts[i] != TextNormalizer.SCRIPT_DIGIT
              && !frequent.contains(hashes[i]);
    }
    int[] single = new int[n];
    int[] begin = new int[n];
    int[] inside = new int[n];
    int[] end = new int[n];
    long[] loose = new long[n];
    for (int i = 0; i < n; i++) {
      String l = TextNormalizer.looseForm(forms[i]);
      loose[i] = l == forms[i] ? hashes[i] : Hashing.chars(l);
    }
    gazetteer.annotate(loose, n, single, begin, inside, end);
    int[] bins = new int[3];
    long[] cls = new long[n];
    if (clusters.size() > 0) {
      for (int i = 0; i < n; i++) {
        cls[i] = clusters.get(hashes[i]);
      }
    }

    for (int i = 0; i < n; i++) {
      int base = i * MAX_FEATURES;
      int c = base;
      String w = forms[i];
      long w0 = hashes[i];
      long wm1 = i >= 1 ? hashes[i - 1] : H_BOS;
      long wm2 = i >= 2 ? hashes[i - 2] : (i == 1 ? H_BOS : H_BOS2);
      long wp1 = i + 1 < n ? hashes[i + 1] : H_EOS;
      long wp2 = i + 2 < n ? hashes[i + 2] : (i + 1 < n ? H_EOS : H_EOS2);

      c = put(keys, c, Hashing.feature(T_BIAS, 0));
      c = put(keys, c, Hashing.feature(T_W0, w0));
      c = put(keys, c, Hashing.feature(T_WM1, wm1));
      c = put(keys, c, Hashing.feature(T_WP1, wp1));
      c = put(keys, c, Hashing.feature(T_WM2, wm2));
      c = put(keys, c, Hashing.feature(T_WP2, wp2));
      c = put(keys, c, Hashing.feature(T_WM1_W0, wm1, w0));
      c = put(keys, c, Hashing.feature(T_W0_WP1, w0, wp1));
      c = put(keys, c, Hashing.feature(T_WP1_WP2, wp1, wp2));
      c = put(keys, c, Hashing.feature(T_WM2_WM1, wm2, wm1));

      int len = w.length();
      for (int k = 1; k <= 4 && k < len; k++) {
        c = put(keys, c, Hashing.feature(T_PREFIX + k - 1, Hashing.chars(w, 0, k)));
        c = put(keys, c, Hashing.feature(T_SUFFIX + k - 1, Hashing.chars(w, len - k, len)));
      }
      if (i >= 1) {
        String p = forms[i - 1];
        for (int k = 2; k <= 3 && k < p.length(); k++) {
          c =
              put(
                  keys,
                  c,
                  Hashing.feature(
                      T_SUFFIX_M1 + k - 2, Hashing.chars(p, p.length() - k, p.length())));
        }
        if (p.length() > 2) {
          c =
              put(
                  keys,
                  c,
                  Hashing.feature(T_WM1_SUFFIX2, Hashing.chars(p, p.length() - 2, p.length()), w0));
        }
      }
      if (i + 1 < n) {
        String p = forms[i + 1];
        for (int k = 2; k <= 3 && k < p.length(); k++) {
          c =
              put(
                  keys,
                  c,
                  Hashing.feature(
                      T_SUFFIX_P1 + k - 2, Hashing.chars(p, p.length() - k, p.length())));
        }
      }
      c = put(keys, c, Hashing.feature(T_SHAPE0, shapes[i]));
      c = put(keys, c, Hashing.feature(T_SHAPE_M1, i >= 1 ? shapes[i - 1] : H_BOS));
      c = put(keys, c, Hashing.feature(T_SHAPE_P1, i + 1 < n ? shapes[i + 1] : H_EOS));
      c = put(keys, c, Hashing.feature(T_SCRIPT0, scripts[i]));
      c =
          put(
              keys,
              c,
              Hashing.feature(
                  T_SCRIPT_M1_P1, i >= 1 ? scripts[i - 1] : 0, i + 1 < n ? scripts[i + 1] : 0));
      c = put(keys, c, Hashing.feature(T_LENGTH, Math.min(len, 8)));
      if (i == 0) {
        c = put(keys, c, Hashing.feature(T_FIRST, 0));
      }
      if (i == n - 1) {
        c = put(keys, c, Hashing.feature(T_LAST, 0));
      }
      String raw = tokens.get(i);
      if (i >= 1) {
        String prevRaw = tokens.get(i - 1);
        char last = prevRaw.charAt(prevRaw.length() - 1);
        if (prevRaw.length() > 1 && TextNormalizer.isEdgePunct(last)) {
          c = put(keys, c, Hashing.feature(T_PREV_TRAIL_PUNCT, last));
        }
        if (w.length() > 2) {
          c =
              put(
                  keys,
                  c,
                  Hashing.feature(
                      T_WM1_SUFFIX0, wm1, Hashing.chars(w, w.length() - 2, w.length())));
        }
      }
      if (raw.length() > 1 && TextNormalizer.isEdgePunct(raw.charAt(0))) {
        c = put(keys, c, Hashing.feature(T_LEAD_PUNCT, raw.charAt(0)));
      }
      if (raw.length() > 1 && TextNormalizer.isEdgePunct(raw.charAt(raw.length() - 1))) {
        c = put(keys, c, Hashing.feature(T_TRAIL_PUNCT, raw.charAt(raw.length() - 1)));
      }

      if (scripts[i] == TextNormalizer.SCRIPT_DEVANAGARI) {
        int bin = nameLikeness.bin(w);
        c = put(keys, c, Hashing.feature(T_NAMELIKE, bin));
        c = put(keys, c, Hashing.feature(T_NAMELIKE_WP1, bin, wp1));
        if (rare[i]) {
          c = put(keys, c, Hashing.feature(T_NAMELIKE_RARE, bin));
        }
      }
      if (clusters.size() > 0) {
        long k = cls[i];
        for (int l = 0; l < WordClusters.LEVELS; l++) {
          c = put(keys, c, Hashing.feature(T_CLUSTER + l, WordClusters.level(k, l)));
        }
        int rightFine = WordClusters.level(k, WordClusters.RIGHT_FINE);
        long km1 = i >= 1 ? cls[i - 1] : 0;
        long kp1 = i + 1 < n ? cls[i + 1] : 0;
        c =
            put(
                keys,
                c,
                Hashing.feature(
                    T_CLUSTER_M1, i >= 1 ? WordClusters.level(km1, WordClusters.RIGHT_FINE) : -1));
        c =
            put(
                keys,
                c,
                Hashing.feature(
                    T_CLUSTER_P1,
                    i + 1 < n ? WordClusters.level(kp1, WordClusters.LEFT_FINE) : -1));
        c = put(keys, c, Hashing.feature(T_CLUSTER_WP1, rightFine, wp1));
        if (rare[i]) {
          c = put(keys, c, Hashing.feature(T_CLUSTER_RARE, rightFine));
        }
      }
      if (ngrams.size() > 0
          && scripts[i] != TextNormalizer.SCRIPT_PUNCT
          && scripts[i] != TextNormalizer.SCRIPT_DIGIT) {
        ngrams.bins(w, bins);
        for (int t = 0; t < 3; t++) {
          c = put(keys, c, Hashing.feature(T_NGRAM + t, bins[t]));
          if (rare[i]) {
            c = put(keys, c, Hashing.feature(T_NGRAM_RARE + t, bins[t]));
          }
        }
      }
      int lex = lexicon.get(w0);
      c = put(keys, c, Hashing.feature(T_LEX, lex));
      c = put(keys, c, Hashing.feature(T_LEX_WP1, lex, wp1));
      for (int d = 3; d <= 4; d++) {
        if (i - d >= 0) {
          c = put(keys, c, Hashing.feature(T_LEFT_BAG, hashes[i - d]));
        }
        if (i + d < n) {
          c = put(keys, c, Hashing.feature(T_RIGHT_BAG, hashes[i + d]));
        }
      }
      boolean rm1 = i >= 1 && rare[i - 1];
      boolean rp1 = i + 1 < n && rare[i + 1];
      c =
          put(
              keys,
              c,
              Hashing.feature(T_RARE_PATTERN, (rm1 ? 4 : 0) | (rare[i] ? 2 : 0) | (rp1 ? 1 : 0)));
      if (rare[i]) {
        c = put(keys, c, Hashing.feature(T_RARE, 0));
        c = put(keys, c, Hashing.feature(T_RARE_WM1, wm1));
        c = put(keys, c, Hashing.feature(T_RARE_WP1, wp1));
        c = put(keys, c, Hashing.feature(T_RARE_WM1_WP1, wm1, wp1));
        for (int k = 1; k <= 3 && k < len; k++) {
          c = put(keys, c, Hashing.feature(T_RARE_SUFFIX + k - 1, Hashing.chars(w, len - k, len)));
        }
      }

      int gm1 = i >= 1 ? single[i - 1] : 0;
      int gp1 = i + 1 < n ? single[i + 1] : 0;
      int gm2 = i >= 2 ? single[i - 2] : 0;
      int gp2 = i + 2 < n ? single[i + 2] : 0;
      int bp1 = i + 1 < n ? begin[i + 1] : 0;
      int em1 = i >= 1 ? end[i - 1] : 0;
      for (int b = 0; b < Gazetteer.CATEGORY_COUNT; b++) {
        if (c - base > MAX_FEATURES - 2 * Gazetteer.CATEGORY_COUNT - 8) {
          break; // pathological gazetteer overlap: keep the slots bounded
        }
        int bit = 1 << b;
        if ((single[i] & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ, b));
          c = put(keys, c, Hashing.feature(T_GAZ_WP1, b, wp1));
          c = put(keys, c, Hashing.feature(T_GAZ_WM1, b, wm1));
          if (rare[i]) {
            c = put(keys, c, Hashing.feature(T_GAZ_RARE, b));
            c = put(keys, c, Hashing.feature(T_GAZ_RARE_WP1, b, wp1));
          }
          for (int a = 0; a < Gazetteer.CATEGORY_COUNT; a++) {
            if ((gm1 & (1 << a)) != 0) {
              c = put(keys, c, Hashing.feature(T_GAZ_M1_GAZ, a, b));
            }
          }
          if (gm1 == 0) {
            c = put(keys, c, Hashing.feature(T_GAZ_M1_GAZ, Gazetteer.CATEGORY_COUNT, b));
          }
        }
        if ((begin[i] & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_BEGIN, b));
        }
        if ((inside[i] & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_INSIDE, b));
        }
        if ((end[i] & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_END, b));
        }
        if ((gm1 & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_M1, b));
        }
        if ((gp1 & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_P1, b));
        }
        if ((gm2 & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_M2, b));
        }
        if ((gp2 & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_P2, b));
        }
        if ((bp1 & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_BEGIN_P1, b));
        }
        if ((em1 & bit) != 0) {
          c = put(keys, c, Hashing.feature(T_GAZ_END_M1, b));
        }
      }
      if (single[i] == 0 && begin[i] == 0 && inside[i] == 0 && end[i] == 0) {
        c = put(keys, c, Hashing.feature(T_GAZ, H_NONE));
      }
      counts[i] = c - base;
    }
  }
}
