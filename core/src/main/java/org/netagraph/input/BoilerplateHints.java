package org.netagraph.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netagraph.lexicon.ModelSource;

/**
 * The words of {@code models/html-boilerplate.tsv}: class and id words that mark page furniture
 * (menus, ads, share bars, comments) or the story. Data, so that a site's own words can be added
 * without a rebuild ({@code --models DIR}).
 */
public final class BoilerplateHints {
  static final String FILE = "html-boilerplate.tsv";

  private record Hint(String word, boolean prefix, boolean keep) {}

  private final List<Hint> hints;

  private BoilerplateHints(List<Hint> hints) {
    this.hints = List.copyOf(hints);
  }

  /** Reads the hints; a malformed line fails with {@code file:line: what is wrong}. */
  public static BoilerplateHints load(ModelSource models) {
    List<Hint> out = new ArrayList<>();
    for (ModelSource.Row r : models.tsv(FILE, 3)) {
      String word = r.get(0).toLowerCase(Locale.ROOT);
      if (!word.matches("[a-z0-9]+")) {
        throw r.error("word '" + r.get(0) + "' must be letters a-z and digits only");
      }
      boolean prefix =
          switch (r.get(1)) {
            case "token" -> false;
            case "prefix" -> true;
            default -> throw r.error("match must be token or prefix, not '" + r.get(1) + "'");
          };
      boolean keep =
          switch (r.get(2)) {
            case "drop" -> false;
            case "keep" -> true;
            default -> throw r.error("effect must be drop or keep, not '" + r.get(2) + "'");
          };
      out.add(new Hint(word, prefix, keep));
    }
    return new BoilerplateHints(out);
  }

  /** No hints: structure alone (tests). */
  public static BoilerplateHints none() {
    return new BoilerplateHints(List.of());
  }

  /**
   * Whether an element with these class and id attribute values is furniture. Within one class name
   * a drop word wins ({@code article-share}, {@code story-comments}); across the names of an
   * element a name of keep words only wins ({@code class="story-body has-comments"} is the story).
   */
  boolean furniture(String classes, String id) {
    boolean drop = false;
    for (String attr : new String[] {classes, id}) {
      for (String name : attr.toLowerCase(Locale.ROOT).split("\\s+")) {
        int verdict = verdict(name);
        if (verdict > 0) {
          return false;
        }
        drop |= verdict < 0;
      }
    }
    return drop;
  }

  /** -1 a class name with a drop word, 1 one with keep words only, 0 neither. */
  private int verdict(String name) {
    boolean keep = false;
    for (String word : name.split("[-_:.]+")) {
      if (word.isEmpty()) {
        continue;
      }
      for (Hint h : hints) {
        if (h.prefix() ? word.startsWith(h.word()) : word.equals(h.word())) {
          if (!h.keep()) {
            return -1;
          }
          keep = true;
        }
      }
    }
    return keep ? 1 : 0;
  }
}
