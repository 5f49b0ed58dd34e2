package org.netagraph.model;

import java.util.Objects;

/**
 * A typed span of tokens in one sentence.
 *
 * @param sentence the sentence index
 * @param start first token, inclusive
 * @param end last token, exclusive
 * @param type what it is
 * @param value the canonical value: a state or party id, an office title, a cue kind, a person's
 *     lexicon name, or the surface form for persons found by cues
 * @param kind a sub-kind: the office kind, the honorific position, the cue language; or ""
 * @param surface the text as written
 * @param source which finder produced it ("lexicon", "cue", "corenlp", "ner", "key")
 */
public record Mention(
    int sentence,
    int start,
    int end,
    MentionType type,
    String value,
    String kind,
    String surface,
    String source) {
  public Mention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "bad mention span " + start + ".." + end + " for '" + surface + "'");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Mention other) {
    return sentence == other.sentence && start < other.end && other.start < end;
  }
}
