package org.netagraph.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.model.Mention;
import org.netagraph.model.MentionType;
import org.netagraph.model.Token;

/**
 * A sentence as rules see it: its tokens and layers of mentions. {@code PERSON} holds the people,
 * {@code LEX} every lexicon mention (at a token, only the first one there counts), each lexicon
 * type ({@code OFFICE}, {@code STATE}, {@code PARTY}, {@code COUNTRY}, {@code CITY}, {@code
 * PORTFOLIO}, {@code HONORIFIC}, {@code CUE}) its own mentions, and labels added by the extraction
 * code or by rules ({@code TITLE}, {@code AGENT}, ...) theirs. Immutable.
 */
public final class Doc {
  public static final String PERSON = "PERSON";
  public static final String LEX = "LEX";

  /** The layers every document has. */
  public static final Set<String> BASE_LAYERS;

  static {
    Set<String> s = new java.util.HashSet<>(Set.of(PERSON, LEX));
    for (MentionType t : MentionType.values()) {
      s.add(t.name());
    }
    BASE_LAYERS = Set.copyOf(s);
  }

  private final List<Token> tokens;
  private final List<Mention> lexicon;
  private final List<Mention> persons;
  private final Map<String, List<Mention>> labels;
  private final Map<String, List<Mention>> layers = new HashMap<>();

  public Doc(
      List<Token> tokens,
      List<Mention> lexicon,
      List<Mention> persons,
      Map<String, List<Mention>> labels) {
    this.tokens = List.copyOf(tokens);
    this.lexicon = List.copyOf(lexicon);
    this.persons = List.copyOf(persons);
    Map<String, List<Mention>> l = new LinkedHashMap<>();
    labels.forEach((k, v) -> l.put(k, List.copyOf(v)));
    this.labels = Map.copyOf(l);
    layers.put(PERSON, this.persons);
    layers.put(LEX, this.lexicon);
    for (MentionType t : MentionType.values()) {
      if (t == MentionType.PERSON) {
        continue; // the people are their own layer, not the lexicon's
      }
      List<Mention> of = new ArrayList<>();
      for (Mention m : this.lexicon) {
        if (m.type() == t) {
          of.add(m);
        }
      }
      layers.put(t.name(), List.copyOf(of));
    }
    layers.putAll(this.labels);
  }

  public Doc(List<Token> tokens, List<Mention> lexicon, List<Mention> persons) {
    this(tokens, lexicon, persons, Map.of());
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  public List<Mention> lexicon() {
    return lexicon;
  }

  public List<Mention> persons() {
    return persons;
  }

  /** The mentions of a layer, in order; empty for a label nothing set. */
  public List<Mention> layer(String name) {
    return layers.getOrDefault(name, List.of());
  }

  /** The same sentence with the label set to these mentions. */
  public Doc withLabel(String name, List<Mention> mentions) {
    Map<String, List<Mention>> l = new LinkedHashMap<>(labels);
    l.put(name, mentions);
    return new Doc(tokens, lexicon, persons, l);
  }

  /** The same sentence with other people. */
  public Doc withPersons(List<Mention> people) {
    return new Doc(tokens, lexicon, people, labels);
  }

  /** The mentions of the layer that start at token {@code i}; for {@code LEX} the first only. */
  List<Mention> startingAt(String layer, int i) {
    List<Mention> out = null;
    for (Mention m : layer(layer)) {
      if (m.start() == i) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(m);
        if (layer.equals(LEX)) {
          break;
        }
      }
    }
    return out == null ? List.of() : out;
  }
}
