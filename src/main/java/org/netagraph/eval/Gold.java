package org.netagraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netagraph.InputException;
import org.netagraph.export.Json;

/**
 * One gold file.
 *
 * @param persons names with their aliases
 * @param holds current offices
 * @param holdsFormer former offices
 * @param holdsOptional offices credited when found, never counted as missing or extra
 * @param holdsFormerOptional the same for former offices
 * @param met pairs that met
 * @param metOptional pairs credited when found
 * @param personsOptional persons neither counted when found nor missed when not
 */
public record Gold(
    List<Person> persons,
    List<Office> holds,
    List<Office> holdsFormer,
    List<Office> holdsOptional,
    List<Office> holdsFormerOptional,
    List<List<String>> met,
    List<List<String>> metOptional,
    List<Person> personsOptional) {

  /** A gold person. */
  public record Person(String name, List<String> aliases) {}

  /**
   * A gold office fact; {@code country} for another country's office, {@code organization} for a
   * post outside government (a bank's governor, a team's captain).
   */
  public record Office(
      String person,
      String title,
      String state,
      String party,
      String country,
      String organization) {}

  public static Gold read(Path file) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException(file, "not a readable gold JSON file: " + e.getMessage(), e);
    }
    if (root == null || !root.has("persons")) {
      throw new InputException(file, "gold file has no 'persons'");
    }
    return new Gold(
        persons(root, "persons"),
        offices(root, "holds"),
        offices(root, "holds_former"),
        offices(root, "holds_optional"),
        offices(root, "holds_former_optional"),
        pairs(root, "met"),
        pairs(root, "met_optional"),
        persons(root, "persons_optional"));
  }

  private static List<Person> persons(JsonNode root, String field) {
    List<Person> persons = new ArrayList<>();
    if (root.has(field)) {
      for (JsonNode p : root.get(field)) {
        List<String> al = new ArrayList<>();
        if (p.has("aliases")) {
          p.get("aliases").forEach(a -> al.add(a.asText()));
        }
        persons.add(new Person(p.get("name").asText(), al));
      }
    }
    return persons;
  }

  private static List<Office> offices(JsonNode root, String field) {
    List<Office> out = new ArrayList<>();
    if (root.has(field)) {
      for (JsonNode h : root.get(field)) {
        out.add(
            new Office(
                text(h, "person"),
                text(h, "title"),
                text(h, "state"),
                text(h, "party"),
                text(h, "country"),
                text(h, "organization")));
      }
    }
    return out;
  }

  private static List<List<String>> pairs(JsonNode root, String field) {
    List<List<String>> out = new ArrayList<>();
    if (root.has(field)) {
      for (JsonNode m : root.get(field)) {
        out.add(List.of(m.get(0).asText(), m.get(1).asText()));
      }
    }
    return out;
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }
}
