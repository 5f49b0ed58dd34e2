package org.netagraph.extract.ner;

/**
 * Exact-match span counts for one entity type.
 *
 * @param type PERSON, LOCATION or ORGANIZATION
 * @param gold spans in the gold tagging
 * @param predicted spans in the predicted tagging
 * @param correct predicted spans with the same start, end and type as a gold span
 */
public record TypeScore(String type, int gold, int predicted, int correct) {
  public TypeScore {
    if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
      throw new IllegalArgumentException(
          "inconsistent counts gold=" + gold + " predicted=" + predicted + " correct=" + correct);
    }
  }

  public double precision() {
    return predicted == 0 ? 0.0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0.0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
}
