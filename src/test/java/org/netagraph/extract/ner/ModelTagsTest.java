package org.netagraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelTagsTest {
  private static int bio(String name) {
    return BioTags.index(name);
  }

  private static int model(String name) {
    return ModelTags.NAMES.indexOf(name);
  }

  @Test
  void bioBecomesBilouAndReadsBackAsTheSameBio() {
    int[] in = {
      bio("B-PERSON"),
      bio("I-PERSON"),
      bio("I-PERSON"),
      bio("O"),
      bio("B-LOCATION"),
      bio("B-LOCATION"),
      bio("I-LOCATION"),
      bio("B-ORGANIZATION")
    };
    int[] bilou = ModelTags.fromBio(in);
    assertArrayEquals(
        new int[] {
          model("B-PERSON"), model("I-PERSON"), model("L-PERSON"), model("O"),
          model("U-LOCATION"), model("B-LOCATION"), model("L-LOCATION"), model("U-ORGANIZATION")
        },
        bilou);
    for (int i = 0; i < in.length; i++) {
      assertEquals(in[i], ModelTags.toBio(bilou[i]), "token " + i);
    }
  }

  @Test
  void openNameMustContinueWithItsOwnType() {
    assertTrue(ModelTags.allowed(model("B-PERSON"), model("L-PERSON")));
    assertFalse(ModelTags.allowed(model("B-PERSON"), model("O")));
    assertFalse(ModelTags.allowed(model("I-PERSON"), model("L-LOCATION")));
    assertFalse(ModelTags.allowed(-1, model("I-PERSON")));
    assertTrue(ModelTags.allowed(model("U-PERSON"), model("B-PERSON")));
    assertFalse(ModelTags.mayEnd(model("B-ORGANIZATION")));
    assertTrue(ModelTags.mayEnd(model("U-ORGANIZATION")));
  }

  @Test
  void viterbiOutputIsAlwaysValidAndClosed() {
    Random random = new Random(7);
    int t = ModelTags.COUNT;
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(9);
      float[] emissions = new float[n * t];
      for (int i = 0; i < emissions.length; i++) {
        emissions[i] = (float) random.nextGaussian() * 5;
      }
      float[] transitions = new float[Viterbi.TRANSITIONS];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = (float) random.nextGaussian();
      }
      int[] out = new int[n];
      Viterbi.decode(emissions, n, transitions, out);
      int previous = -1;
      for (int i = 0; i < n; i++) {
        assertTrue(ModelTags.allowed(previous, out[i]), "trial " + trial + " token " + i);
        previous = out[i];
      }
      assertTrue(ModelTags.mayEnd(previous), "trial " + trial);
    }
  }
}
