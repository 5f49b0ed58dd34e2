package org.netagraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One real person as resolved within an article.
 *
 * @param id slug of the canonical name ({@code ashok-gehlot})
 * @param key cross-script identity key (see the lexicon package's {@code TranslitKey})
 * @param name canonical Latin-script name
 * @param aliases every surface form seen in the article, both scripts, sorted
 * @param nameSource where the canonical name came from; a better source wins across articles
 */
public record PersonEntity(
    String id, String key, String name, List<String> aliases, NameSource nameSource) {
  /** Where a canonical name came from, worst first. */
  public enum NameSource {
    ROMANIZED,
    LATIN_TEXT,
    LEXICON;

    /** 1 to 3, as stored in {@code Person.nameRank}. */
    public int rank() {
      return ordinal() + 1;
    }
  }

  public PersonEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameSource, "nameSource");
    if (id.isBlank() || key.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("person with blank id/key/name: '" + name + "'");
    }
    aliases = List.copyOf(aliases);
  }
}
