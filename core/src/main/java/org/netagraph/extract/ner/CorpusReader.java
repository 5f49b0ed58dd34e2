package org.netagraph.extract.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled corpus in another tag set through a {@link TagMap}, into sentences with the
 * recogniser's BIO tags. Tokens are kept as written (HiNER and MultiCoNER both leave some
 * punctuation on words, as {@code है।}; the features strip it):
 *
 * <ul>
 *   <li>one token per line, the tag in the last column (tab-separated, or space-separated when a
 *       line has no tab, as MultiCoNER's {@code token _ _ tag}); a blank line or {@code -DOCSTART-}
 *       ends a sentence; a line starting with {@code # id } is a comment;
 *   <li>a tag is {@code O} or {@code B-}/{@code I-} and a source type that the map must list;
 *       malformed tags are repaired and counted: a type without its prefix ({@code -NEL}, {@code
 *       NEL}) continues a span of that type right before it and begins one otherwise; {@code -} and
 *       an empty tag are O; an {@code I-} tag that continues nothing begins a span.
 * </ul>
 *
 * Malformed UTF-8, an empty token or an unlisted source type fails with {@code file:line: what is
 * wrong}.
 */
public final class CorpusReader {
  /**
   * What was read.
   *
   * @param sentences the sentences with BIO tags of PERSON, LOCATION and ORGANIZATION
   * @param repairedTags malformed tags that were repaired
   */
  public record Result(List<ConllSentence> sentences, int repairedTags) {
    public Result {
      sentences = List.copyOf(sentences);
    }
  }

  private CorpusReader() {}

  public static Result read(Path file, TagMap map) throws IOException {
    return parse(Files.readAllBytes(file), file.toString(), map);
  }

  static Result parse(byte[] bytes, String source, TagMap map) throws NerFormatException {
    String text = ConllReader.decodeUtf8(bytes, source);
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<Integer> tags = new ArrayList<>(); // our BIO indices
    int[] counts = new int[1];
    long first = 0;
    long lineNo = 0;
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    int previousType = NO_SPAN; // our type of the span open before this token, or NO_SPAN
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      if (nl < 0) {
        nl = text.length();
        if (pos == nl) {
          break;
        }
      }
      String line = text.substring(pos, nl);
      pos = nl + 1;
      lineNo++;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.startsWith("# id ")) {
        continue;
      }
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          out.add(sentence(tokens, tags, first));
          tokens.clear();
          tags.clear();
        }
        previousType = NO_SPAN;
        continue;
      }
      String[] cols = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.trim().split(" +");
      String token = cols[0];
      if (token.isBlank() || !token.equals(token.strip())) {
        throw new NerFormatException(source, lineNo, "empty token or spaces around it");
      }
      String raw = cols.length < 2 ? "" : cols[cols.length - 1].strip();
      int tag = mapTag(raw, map, previousType, source, lineNo, counts);
      previousType = tag == BioTags.O ? NO_SPAN : BioTags.type(tag);
      if (tokens.isEmpty()) {
        first = lineNo;
      }
      tokens.add(token);
      tags.add(tag);
    }
    if (!tokens.isEmpty()) {
      out.add(sentence(tokens, tags, first));
    }
    return new Result(out, counts[0]);
  }

  private static final int NO_SPAN = -9;

  private static ConllSentence sentence(List<String> tokens, List<Integer> tags, long first) {
    return new ConllSentence(tokens, tags.stream().map(BioTags.NAMES::get).toList(), first);
  }

  /** Our BIO index of a source tag; counts repairs in {@code counts[0]}. */
  private static int mapTag(
      String raw, TagMap map, int previousType, String source, long lineNo, int[] counts)
      throws NerFormatException {
    if (raw.equals("O")) {
      return BioTags.O;
    }
    if (raw.isEmpty() || raw.equals("-")) {
      counts[0]++;
      return BioTags.O;
    }
    boolean begin;
    String sourceType;
    if (raw.startsWith("B-") || raw.startsWith("I-")) {
      begin = raw.charAt(0) == 'B';
      sourceType = raw.substring(2);
    } else {
      counts[0]++;
      sourceType = raw.startsWith("-") ? raw.substring(1) : raw;
      begin = false; // continues a span of its type, else begins one (below)
    }
    int type = map.type(sourceType);
    if (type == TagMap.UNKNOWN) {
      throw new NerFormatException(
          source,
          lineNo,
          "tag '" + raw + "': type '" + sourceType + "' is not in map " + map.name());
    }
    if (type == TagMap.NONE) {
      return BioTags.O;
    }
    if (!begin && previousType != type) {
      begin = true; // an I- that continues nothing (or a repaired tag) begins a span
    }
    return 1 + 2 * type + (begin ? 0 : 1);
  }
}
