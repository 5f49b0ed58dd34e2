package org.netagraph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style token files: one token per line, columns separated by a tab (or, if a line has
 * no tab, by spaces), a blank line between sentences. The token is the first column; the gold tag,
 * when asked for, is the last column and must be one of {@code O}, {@code B-PERSON}, {@code
 * I-PERSON}, {@code B-LOCATION}, {@code I-LOCATION}, {@code B-ORGANIZATION}, {@code
 * I-ORGANIZATION}. {@code -DOCSTART-} lines end a sentence and are otherwise ignored. The file must
 * be UTF-8 (a leading byte-order mark is skipped); malformed bytes, an empty token or an unknown
 * tag fail with {@code file:line: what is wrong}. Tokens are returned as written (not normalised),
 * so output can echo them.
 */
public final class ConllReader {
  private ConllReader() {}

  /** Sentences of tokens; extra columns are ignored, tags are not read. */
  public static List<ConllSentence> readTokens(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString(), false);
  }

  /** Sentences of tokens with gold tags: every token line needs a tag column. */
  public static List<ConllSentence> readTagged(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString(), true);
  }

  /** As {@link #readTokens(Path)}; {@code sourceName} is used in error messages. */
  public static List<ConllSentence> readTokens(InputStream in, String sourceName)
      throws IOException {
    return parse(in.readAllBytes(), sourceName, false);
  }

  /** As {@link #readTagged(Path)}; {@code sourceName} is used in error messages. */
  public static List<ConllSentence> readTagged(InputStream in, String sourceName)
      throws IOException {
    return parse(in.readAllBytes(), sourceName, true);
  }

  static List<ConllSentence> parse(byte[] bytes, String source, boolean withTags)
      throws NerFormatException {
    String text = decodeUtf8(bytes, source);
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    long first = 0;
    long lineNo = 0;
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
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
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          out.add(new ConllSentence(tokens, withTags ? tags : List.of(), first));
          tokens.clear();
          tags.clear();
        }
        continue;
      }
      String[] cols = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.trim().split(" +");
      String token = cols[0];
      if (token.isEmpty() || token.isBlank()) {
        throw new NerFormatException(source, lineNo, "empty token (line starts with a separator)");
      }
      if (!token.equals(token.strip())) {
        throw new NerFormatException(source, lineNo, "token '" + token + "' has spaces around it");
      }
      if (withTags) {
        if (cols.length < 2) {
          throw new NerFormatException(source, lineNo, "no tag column after token '" + token + "'");
        }
        String tag = cols[cols.length - 1].strip();
        if (BioTags.index(tag) < 0) {
          throw new NerFormatException(
              source, lineNo, "unknown tag '" + tag + "' (expected one of " + BioTags.NAMES + ")");
        }
        tags.add(tag);
      }
      if (tokens.isEmpty()) {
        first = lineNo;
      }
      tokens.add(token);
    }
    if (!tokens.isEmpty()) {
      out.add(new ConllSentence(tokens, withTags ? tags : List.of(), first));
    }
    return List.copyOf(out);
  }

  /** Strict UTF-8: malformed or unmappable bytes fail with line and byte offset. */
  static String decodeUtf8(byte[] bytes, String source) throws NerFormatException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      long line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new NerFormatException(source, line, "malformed UTF-8 at byte offset " + offset);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
