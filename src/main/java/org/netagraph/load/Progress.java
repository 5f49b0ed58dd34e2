package org.netagraph.load;

/** Told about a load as it goes; implementations print it. */
public interface Progress {
  /**
   * Where a load stands.
   *
   * @param records records done (articles read, bad records, records passed over)
   * @param articles articles read
   * @param bytesDone bytes of input read up to the last record done
   * @param bytesTotal bytes of all input, or -1 when unknown (standard input)
   * @param seconds since the load began
   */
  record Status(long records, long articles, long bytesDone, long bytesTotal, double seconds) {
    /** Articles per second so far. */
    public double perSecond() {
      return articles / Math.max(seconds, 1e-9);
    }

    /** Seconds left at the rate so far, by bytes; -1 when not known. */
    public double etaSeconds() {
      if (bytesTotal <= 0 || bytesDone <= 0 || seconds < 1) {
        return -1;
      }
      return Math.max(0, seconds * (bytesTotal - bytesDone) / bytesDone);
    }
  }

  /** The load moved on. */
  void update(Status status);

  /** A file or record was skipped. */
  void skipped(String where, String problem);

  /** The load is over: a bar is taken down. */
  default void finish() {}

  /** Progress that says nothing. */
  static Progress silent() {
    return new Progress() {
      @Override
      public void update(Status status) {}

      @Override
      public void skipped(String where, String problem) {}
    };
  }
}
