package org.netagraph.load;

/** Told about a load as it goes; implementations print it. */
public interface Progress {
  /** {@code done} of {@code total} articles processed, at {@code perSecond}. */
  void update(int done, int total, double perSecond);

  /** A file was skipped. */
  void skipped(String path, String problem);

  /** Progress that says nothing. */
  static Progress silent() {
    return new Progress() {
      @Override
      public void update(int done, int total, double perSecond) {}

      @Override
      public void skipped(String path, String problem) {}
    };
  }
}
