package org.netagraph.extract.ner;

import java.util.Arrays;

/**
 * Open-addressing map from {@code long} keys to non-negative {@code int} values, without boxing.
 * Mutable while it is built; the recogniser only reads it after construction, which is safe to
 * share between threads once published through a final field.
 */
final class LongIntMap {
  private static final long FREE = 0L;
  private static final long ZERO_STAND_IN = 0x7a3b1c2d4e5f6071L;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** The value for {@code key}, or {@code missing}. */
  int get(long key, int missing) {
    long k = key == FREE ? ZERO_STAND_IN : key;
    int i = (int) (k ^ (k >>> 32)) & mask;
    while (true) {
      long found = keys[i];
      if (found == k) {
        return values[i];
      }
      if (found == FREE) {
        return missing;
      }
      i = (i + 1) & mask;
    }
  }

  /** Sets {@code key} to {@code value} and returns the previous value or -1. */
  int put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    long k = key == FREE ? ZERO_STAND_IN : key;
    int i = (int) (k ^ (k >>> 32)) & mask;
    while (true) {
      long found = keys[i];
      if (found == k) {
        int old = values[i];
        values[i] = value;
        return old;
      }
      if (found == FREE) {
        keys[i] = k;
        values[i] = value;
        size++;
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "LongIntMap[size=" + size + ", capacity=" + keys.length + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LongIntMap m
        && m.size == size
        && Arrays.equals(m.keys, keys)
        && Arrays.equals(m.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys);
  }
}
