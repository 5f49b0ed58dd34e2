package org.netagraph.extract.ner;

import java.util.List;

/** The seven BIO tags the recogniser emits, with their fixed indices in the model. */
final class BioTags {
  static final int O = 0;
  static final int B_PERSON = 1;
  static final int I_PERSON = 2;
  static final int B_LOCATION = 3;
  static final int I_LOCATION = 4;
  static final int B_ORGANIZATION = 5;
  static final int I_ORGANIZATION = 6;
  static final int COUNT = 7;

  /** Tag names by index; the model file stores these and must list the same. */
  static final List<String> NAMES =
      List.of(
          "O",
          "B-PERSON",
          "I-PERSON",
          "B-LOCATION",
          "I-LOCATION",
          "B-ORGANIZATION",
          "I-ORGANIZATION");

  /** Entity types in tag order. */
  static final List<String> TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");

  private BioTags() {}

  /** Index of {@code tag}, or -1 if it is not one of {@link #NAMES}. */
  static int index(String tag) {
    return NAMES.indexOf(tag);
  }

  static boolean isInside(int tag) {
    return tag != O && tag % 2 == 0;
  }

  /** Entity type index (0 PERSON, 1 LOCATION, 2 ORGANIZATION) of a B- or I- tag, -1 for O. */
  static int type(int tag) {
    return tag == O ? -1 : (tag - 1) / 2;
  }

  /**
   * Whether {@code tag} may follow {@code previous} in valid BIO; {@code previous} is -1 at the
   * start of a sentence. An I- tag needs a B- or I- tag of the same type right before it.
   */
  static boolean allowed(int previous, int tag) {
    if (!isInside(tag)) {
      return true;
    }
    return previous == tag || previous == tag - 1;
  }
}
