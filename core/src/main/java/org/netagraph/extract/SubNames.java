package org.netagraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netagraph.model.Mention;

/**
 * Step 2b of {@link PersonResolver}: a shorter name that is part of one longer name is that person.
 */
final class SubNames {
  private SubNames() {}

  /**
   * A shorter name that is the start or the end of exactly one longer name in the article, word for
   * word by key, is that person: <first> <middle> after <first> <middle> <last>, <first> <last>
   * after H. D. <first> <last>, AB <last> after A. B. <last>; and <first> <last> after <first>
   * <middle> <last> (केशव मौर्य after केशव प्रसाद मौर्य). Initials are set aside when comparing (an
   * all-capital Latin word of two or three letters is read as initials), and the shorter name needs
   * two words left after that, so a first name alone never joins anyone here. Two names linked to
   * different lexicon persons never merge, nor does a name that fits two longer ones. Returns the
   * merged keys with the person each now names.
   */
  static Map<String, NameCluster> mergeSubNames(
      Map<String, NameCluster> clusters, List<List<Mention>> chosen) {
    Map<String, NameCluster> mergedKeys = new HashMap<>();
    Map<NameCluster, List<String>> words = new HashMap<>();
    Map<NameCluster, List<String>> initials = new HashMap<>();
    for (NameCluster c : clusters.values()) {
      List<String> in = new ArrayList<>();
      words.put(c, NameCluster.nameWordKeys(c, in));
      initials.put(c, in);
    }
    List<NameCluster> order = new ArrayList<>(clusters.values());
    order.sort(Comparator.comparingInt(c -> words.get(c).size()));
    for (NameCluster a : order) {
      List<String> wa = words.get(a);
      if (wa.size() < (initials.get(a).isEmpty() ? 2 : 1) || !clusters.containsKey(a.key)) {
        continue;
      }
      NameCluster into = null;
      int fits = 0;
      for (NameCluster b : clusters.values()) {
        List<String> wb = words.get(b);
        if (b == a
            || wb.size() < wa.size()
            || (a.lexicon != null && b.lexicon != null && !a.lexicon.equals(b.lexicon))) {
          continue;
        }
        if (!initials.get(a).isEmpty()
            && !initials.get(a).equals(initials.get(b))
            && !spelledOut(initials.get(a), wa, initials.get(b), wb)) {
          continue; // K. T. <name> is not N. T. <name>
        }
        boolean edge =
            wb.subList(0, wa.size()).equals(wa)
                || wb.subList(wb.size() - wa.size(), wb.size()).equals(wa)
                || spelledOut(initials.get(a), wa, initials.get(b), wb)
                || firstAndLast(wa, wb);
        boolean longer =
            wb.size() > wa.size()
                || b.surfaces.stream().mapToInt(x -> x.length()).max().orElse(0)
                    > a.surfaces.stream().mapToInt(x -> x.length()).max().orElse(0);
        if (edge && longer) {
          into = b;
          fits++;
        }
      }
      if (fits != 1) {
        continue;
      }
      mergedKeys.put(a.key, into);
      into.absorb(a, clusters, chosen);
    }
    for (Map.Entry<String, NameCluster> e : mergedKeys.entrySet()) {
      NameCluster c = e.getValue();
      while (!clusters.containsKey(c.key) && mergedKeys.containsKey(c.key)) {
        c = mergedKeys.get(c.key);
      }
      e.setValue(c);
    }
    return mergedKeys;
  }

  /** Two words that are the first and the last of a name of three words or more. */
  private static boolean firstAndLast(List<String> wa, List<String> wb) {
    return wa.size() == 2
        && wb.size() >= 3
        && wb.get(0).equals(wa.get(0))
        && wb.get(wb.size() - 1).equals(wa.get(1));
  }

  /**
   * S. N. <last> and S<...> N<...> <last>: the short name's initials are the first letters of the
   * long name's words before the same last words, and the long name has no initials of its own.
   */
  private static boolean spelledOut(
      List<String> ia, List<String> wa, List<String> ib, List<String> wb) {
    if (ia.isEmpty()
        || !ib.isEmpty()
        || wb.size() != ia.size() + wa.size()
        || !wb.subList(ia.size(), wb.size()).equals(wa)) {
      return false;
    }
    for (int i = 0; i < ia.size(); i++) {
      String w = wb.get(i);
      String first = w.isEmpty() ? "" : w.substring(0, 1);
      String in = ia.get(i);
      // keys write a vowel start as "a" and fold c into k, v into w, z into j, q into k
      if (!(first.equals(in)
          || (first.equals("a") && "aeiou".contains(in))
          || (first.equals("k") && (in.equals("c") || in.equals("q")))
          || (first.equals("v") && in.equals("w"))
          || (first.equals("w") && in.equals("v"))
          || (first.equals("j") && in.equals("z")))) {
        return false;
      }
    }
    return true;
  }
}
