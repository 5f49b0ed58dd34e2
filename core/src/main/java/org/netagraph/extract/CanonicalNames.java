package org.netagraph.extract;

import java.util.List;
import java.util.TreeSet;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.lexicon.Romanizer;
import org.netagraph.lexicon.TranslitKey;
import org.netagraph.model.PersonEntity;
import org.netagraph.model.Slug;
import org.netagraph.text.TextNormalizer;

/**
 * Step 5 of {@link PersonResolver}: the canonical name is the lexicon's; else the longest Latin
 * form (title-cased); else the Devanagari form, each word spelt as election candidates' names spell
 * it, else romanised.
 */
final class CanonicalNames {
  private final Lexicon lexicon;

  CanonicalNames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  PersonEntity entity(NameCluster c) {
    String name;
    PersonEntity.NameSource source;
    if (c.lexicon != null) {
      name = c.lexicon.name();
      source = PersonEntity.NameSource.LEXICON;
    } else {
      String latin = null;
      String deva = null;
      for (String s : c.surfaces) {
        boolean isLatin = s.codePoints().anyMatch(cp -> cp < 0x250 && Character.isLetter(cp));
        if (isLatin) {
          if (latin == null || better(s, latin)) {
            latin = s;
          }
        } else if (deva == null || s.length() > deva.length()) {
          deva = s;
        }
      }
      name = latin != null ? titleCase(latin) : displayName(deva);
      source =
          latin != null ? PersonEntity.NameSource.LATIN_TEXT : PersonEntity.NameSource.ROMANIZED;
    }
    if (name == null || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return null; // only vowel signs or marks: no name to give (found by fuzzing)
    }
    TreeSet<String> aliases = new TreeSet<>(c.surfaces);
    aliases.remove(name);
    return new PersonEntity(Slug.of(name), c.key, name, List.copyOf(aliases), source);
  }

  /**
   * A Latin display name for a Devanagari name: each word's usual spelling where names of election
   * candidates give one (यादव = Yadav, सुनीता = Sunita), else the romanisation.
   */
  String displayName(String deva) {
    StringBuilder out = new StringBuilder();
    for (String w : deva.strip().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      String known =
          TranslitKey.initialOf(w) != null
              ? null
              : lexicon.latinSpelling(TextNormalizer.matchForm(w));
      String r = known != null ? known : Romanizer.romanize(w);
      if (!r.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(r);
      }
    }
    return out.toString();
  }

  /** More words wins, then capitalised over lower-case, then longer. */
  static boolean better(String a, String b) {
    int wa = a.split("\\s+").length;
    int wb = b.split("\\s+").length;
    if (wa != wb) {
      return wa > wb;
    }
    boolean ca = Character.isUpperCase(a.codePointAt(0));
    boolean cb = Character.isUpperCase(b.codePointAt(0));
    if (ca != cb) {
      return ca;
    }
    return a.length() > b.length();
  }

  static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split("\\s+")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      if (w.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isLowerCase(ch))) {
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      } else {
        b.append(w);
      }
    }
    return b.toString();
  }
}
