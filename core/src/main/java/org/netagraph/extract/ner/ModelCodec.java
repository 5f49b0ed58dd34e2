package org.netagraph.extract.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes the model file, a gzip stream of big-endian {@link DataOutputStream} values:
 *
 * <pre>
 * bytes[8]  magic "NGHINER\n"
 * int       FORMAT_VERSION (4)
 * int       FeatureExtractor.VERSION (templates and hashing)
 * str       description (how and from what the model was trained)
 * int n; str[n]   the 13 model tag names (BILOU, ModelTags.NAMES): O, then B- I- L- U- of
 *                 PERSON, LOCATION and ORGANIZATION, in this order
 * int n; str[n]   gazetteer category names, in Gazetteer.Category order
 * float[182] transitions: row 0 = sentence start, row p+1 = after tag p; 13 columns
 * int n; (str phrase, int categoryMask)[n]   gazetteer phrases in matching form
 * int n; long[n] frequent-word hashes (Hashing.chars of the matching form), ascending
 * int n; (long hash, byte class)[n]   label lexicon (LabelLexicon), hashes ascending
 * int n; (long hash, long classes)[n]   word clusters (WordClusters), hashes ascending
 * int n; (long hash, int[4] counts)[n]   n-gram word types (NgramTypeModel), hashes ascending
 * int n; long[n] feature keys (Hashing.feature of a template and its values)
 * float     weight scale s
 * short[13n] weights, row-major by feature then tag; weight = short * s
 * int       end marker 0x454E4421 ("END!")
 * </pre>
 *
 * {@code str} is an int byte count followed by that many UTF-8 bytes. Any deviation fails the load
 * with {@code file: what is wrong}.
 */
final class ModelCodec {
  static final byte[] MAGIC = "NGHINER\n".getBytes(StandardCharsets.US_ASCII);
  static final int FORMAT_VERSION = 4;
  static final int FEATURE_VERSION = FeatureExtractor.VERSION;
  private static final int END_MARKER = 0x454E4421;
  private static final int MAX_STRING_BYTES = 1 << 20;

  /** Everything a model file holds. Arrays are owned by the record's user after reading. */
  record Data(
      String description,
      float[] transitions,
      Map<String, Integer> gazetteer,
      long[] frequentWords,
      long[] lexiconWords,
      byte[] lexiconClasses,
      long[] clusterWords,
      long[] clusterPaths,
      long[] ngrams,
      int[] ngramCounts,
      long[] keys,
      float[] weights) {}

  private ModelCodec() {}

  static void write(OutputStream out, Data data) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.write(MAGIC);
    d.writeInt(FORMAT_VERSION);
    d.writeInt(FEATURE_VERSION);
    writeString(d, data.description());
    d.writeInt(ModelTags.NAMES.size());
    for (String tag : ModelTags.NAMES) {
      writeString(d, tag);
    }
    d.writeInt(Gazetteer.CATEGORY_COUNT);
    for (Gazetteer.Category c : Gazetteer.Category.values()) {
      writeString(d, c.name());
    }
    for (float f : data.transitions()) {
      d.writeFloat(f);
    }
    d.writeInt(data.gazetteer().size());
    for (Map.Entry<String, Integer> e : data.gazetteer().entrySet()) {
      writeString(d, e.getKey());
      d.writeInt(e.getValue());
    }
    long[] frequent = data.frequentWords();
    d.writeInt(frequent.length);
    for (long h : frequent) {
      d.writeLong(h);
    }
    long[] lexicon = data.lexiconWords();
    d.writeInt(lexicon.length);
    for (int i = 0; i < lexicon.length; i++) {
      d.writeLong(lexicon[i]);
      d.writeByte(data.lexiconClasses()[i]);
    }
    long[] clustered = data.clusterWords();
    d.writeInt(clustered.length);
    for (int i = 0; i < clustered.length; i++) {
      d.writeLong(clustered[i]);
      d.writeLong(data.clusterPaths()[i]);
    }
    long[] ngrams = data.ngrams();
    d.writeInt(ngrams.length);
    for (int i = 0; i < ngrams.length; i++) {
      d.writeLong(ngrams[i]);
      for (int c = 0; c < NgramTypeModel.CLASSES; c++) {
        d.writeInt(data.ngramCounts()[i * NgramTypeModel.CLASSES + c]);
      }
    }
    long[] keys = data.keys();
    float[] weights = data.weights();
    d.writeInt(keys.length);
    for (long k : keys) {
      d.writeLong(k);
    }
    float max = 0f;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
    d.writeFloat(scale);
    for (float w : weights) {
      d.writeShort(Math.round(w / scale));
    }
    d.writeInt(END_MARKER);
    d.flush();
    gz.finish();
    gz.flush();
  }

  static Data read(InputStream in, String source) throws IOException {
    try {
      DataInputStream d =
          new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
      byte[] magic = new byte[MAGIC.length];
      d.readFully(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new NerFormatException(source, 0, "not a Hindi NER model (bad magic)");
      }
      int format = d.readInt();
      if (format != FORMAT_VERSION) {
        throw new NerFormatException(
            source, 0, "model format version " + format + ", this code reads " + FORMAT_VERSION);
      }
      int features = d.readInt();
      if (features != FEATURE_VERSION) {
        throw new NerFormatException(
            source,
            0,
            "model feature version "
                + features
                + ", this code extracts version "
                + FEATURE_VERSION
                + "; retrain the model");
      }
      String description = readString(d, source);
      expectNames(d, source, "tag", ModelTags.NAMES);
      expectNames(
          d,
          source,
          "gazetteer category",
          Arrays.stream(Gazetteer.Category.values()).map(Enum::name).toList());
      float[] transitions = new float[Viterbi.TRANSITIONS];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = d.readFloat();
      }
      int gazCount = readCount(d, source, "gazetteer phrase");
      Map<String, Integer> gazetteer = new LinkedHashMap<>(gazCount * 2);
      for (int i = 0; i < gazCount; i++) {
        String phrase = readString(d, source);
        int mask = d.readInt();
        if (gazetteer.put(phrase, mask) != null) {
          throw new NerFormatException(
              source, 0, "gazetteer phrase " + i + " '" + phrase + "' is listed twice");
        }
      }
      int vocab = readCount(d, source, "frequent word");
      long[] frequent = new long[vocab];
      for (int i = 0; i < vocab; i++) {
        frequent[i] = d.readLong();
        if (i > 0 && frequent[i] <= frequent[i - 1]) {
          throw new NerFormatException(source, 0, "frequent-word hashes not ascending at " + i);
        }
      }
      int lexiconCount = readCount(d, source, "lexicon word");
      long[] lexiconWords = new long[lexiconCount];
      byte[] lexiconClasses = new byte[lexiconCount];
      for (int i = 0; i < lexiconCount; i++) {
        lexiconWords[i] = d.readLong();
        lexiconClasses[i] = d.readByte();
        if (i > 0 && lexiconWords[i] <= lexiconWords[i - 1]) {
          throw new NerFormatException(source, 0, "lexicon hashes not ascending at " + i);
        }
      }
      int clusterCount = readCount(d, source, "clustered word");
      long[] clusterWords = new long[clusterCount];
      long[] clusterPaths = new long[clusterCount];
      for (int i = 0; i < clusterCount; i++) {
        clusterWords[i] = d.readLong();
        clusterPaths[i] = d.readLong();
        if (i > 0 && clusterWords[i] <= clusterWords[i - 1]) {
          throw new NerFormatException(source, 0, "cluster hashes not ascending at " + i);
        }
      }
      int ngramCount = readCount(d, source, "n-gram");
      long[] ngrams = new long[ngramCount];
      int[] ngramCounts = new int[ngramCount * NgramTypeModel.CLASSES];
      for (int i = 0; i < ngramCount; i++) {
        ngrams[i] = d.readLong();
        for (int c = 0; c < NgramTypeModel.CLASSES; c++) {
          ngramCounts[i * NgramTypeModel.CLASSES + c] = d.readInt();
        }
      }
      int rows = readCount(d, source, "feature");
      long[] keys = new long[rows];
      for (int i = 0; i < rows; i++) {
        keys[i] = d.readLong();
      }
      float scale = d.readFloat();
      if (!(scale > 0f) || Float.isInfinite(scale)) {
        throw new NerFormatException(source, 0, "bad weight scale " + scale);
      }
      float[] weights = new float[rows * ModelTags.COUNT];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = d.readShort() * scale;
      }
      int end = d.readInt();
      if (end != END_MARKER) {
        throw new NerFormatException(
            source, 0, "bad end marker 0x" + Integer.toHexString(end) + " (corrupt model)");
      }
      if (d.read() != -1) {
        throw new NerFormatException(source, 0, "trailing data after the end marker");
      }
      return new Data(
          description,
          transitions,
          gazetteer,
          frequent,
          lexiconWords,
          lexiconClasses,
          clusterWords,
          clusterPaths,
          ngrams,
          ngramCounts,
          keys,
          weights);
    } catch (EOFException e) {
      throw new NerFormatException(source, 0, "model file is truncated", e);
    } catch (ZipException e) {
      throw new NerFormatException(source, 0, "not a gzip stream: " + e.getMessage(), e);
    }
  }

  private static void expectNames(
      DataInputStream d, String source, String what, List<String> expected) throws IOException {
    int n = readCount(d, source, what);
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = readString(d, source);
    }
    if (!Arrays.asList(names).equals(expected)) {
      throw new NerFormatException(
          source,
          0,
          what + " names " + Arrays.toString(names) + " differ from this code's " + expected);
    }
  }

  private static int readCount(DataInputStream d, String source, String what) throws IOException {
    int n = d.readInt();
    if (n < 0 || n > (1 << 27)) {
      throw new NerFormatException(source, 0, "bad " + what + " count " + n);
    }
    return n;
  }

  private static void writeString(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  private static String readString(DataInputStream d, String source) throws IOException {
    int n = d.readInt();
    if (n < 0 || n > MAX_STRING_BYTES) {
      throw new NerFormatException(source, 0, "bad string length " + n);
    }
    byte[] b = new byte[n];
    d.readFully(b);
    return ConllReader.decodeUtf8(b, source);
  }
}
