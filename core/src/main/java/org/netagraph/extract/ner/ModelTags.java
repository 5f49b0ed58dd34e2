package org.netagraph.extract.ner;

import java.util.List;

/**
 * The tags the model scores internally: BILOU (Begin, Inside, Last, Unit) per entity type, which
 * lets the weights tell the last token of a name and a one-token name apart from the rest. The
 * recogniser converts them to the BIO tags of {@link BioTags} on output (L- reads as I-, U- as B-);
 * the trainer converts gold BIO to BILOU.
 */
final class ModelTags {
  static final int O = 0;

  /** Tags per entity type: B, I, L, U. */
  private static final int PER_TYPE = 4;

  private static final int B = 0;
  private static final int I = 1;
  private static final int L = 2;
  private static final int U = 3;

  static final int COUNT = 1 + PER_TYPE * 3;

  /** Tag names by index; the model file stores these and must list the same. */
  static final List<String> NAMES =
      List.of(
          "O",
          "B-PERSON",
          "I-PERSON",
          "L-PERSON",
          "U-PERSON",
          "B-LOCATION",
          "I-LOCATION",
          "L-LOCATION",
          "U-LOCATION",
          "B-ORGANIZATION",
          "I-ORGANIZATION",
          "L-ORGANIZATION",
          "U-ORGANIZATION");

  private static final boolean[] ALLOWED = new boolean[(COUNT + 1) * COUNT];

  static {
    for (int p = -1; p < COUNT; p++) {
      for (int t = 0; t < COUNT; t++) {
        boolean open = p >= 0 && p != O && (part(p) == B || part(p) == I);
        boolean ok;
        if (open) {
          ok = t != O && type(t) == type(p) && (part(t) == I || part(t) == L);
        } else {
          ok = t == O || part(t) == B || part(t) == U;
        }
        ALLOWED[(p + 1) * COUNT + t] = ok;
      }
    }
  }

  private ModelTags() {}

  private static int part(int tag) {
    return (tag - 1) % PER_TYPE;
  }

  /** Entity type index (0 PERSON, 1 LOCATION, 2 ORGANIZATION), -1 for O. */
  static int type(int tag) {
    return tag == O ? -1 : (tag - 1) / PER_TYPE;
  }

  /**
   * Whether {@code tag} may follow {@code previous} ({@code -1} at the start of a sentence): after
   * B- or I- only I- or L- of the same type; otherwise O, B- or U-. The sentence must not end on B-
   * or I- (see {@link #mayEnd}).
   */
  static boolean allowed(int previous, int tag) {
    return ALLOWED[(previous + 1) * COUNT + tag];
  }

  /** Whether a sentence may end on {@code tag}: not on an open B- or I-. */
  static boolean mayEnd(int tag) {
    return tag == O || part(tag) == L || part(tag) == U;
  }

  /** The BIO tag (index in {@link BioTags}) that {@code tag} reads as. */
  static int toBio(int tag) {
    if (tag == O) {
      return BioTags.O;
    }
    int begin = 1 + 2 * type(tag);
    int p = part(tag);
    return p == B || p == U ? begin : begin + 1;
  }

  /**
   * BILOU indices of a valid BIO sequence (BioTags indices; an I- that continues nothing must
   * already read as B-).
   */
  static int[] fromBio(int[] bio) {
    int n = bio.length;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int tag = bio[i];
      if (tag == BioTags.O) {
        out[i] = O;
        continue;
      }
      int base = 1 + PER_TYPE * BioTags.type(tag);
      boolean continues =
          i + 1 < n
              && BioTags.isInside(bio[i + 1])
              && BioTags.type(bio[i + 1]) == BioTags.type(tag);
      if (BioTags.isInside(tag)) {
        out[i] = base + (continues ? I : L);
      } else {
        out[i] = base + (continues ? B : U);
      }
    }
    return out;
  }
}
