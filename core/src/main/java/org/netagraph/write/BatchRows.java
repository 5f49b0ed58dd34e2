package org.netagraph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netagraph.lexicon.Lexicon;
import org.netagraph.model.Article;
import org.netagraph.model.ArticleFacts;
import org.netagraph.model.Holds;
import org.netagraph.model.Met;
import org.netagraph.model.PersonEntity;

/**
 * A batch's articles grouped for {@link GraphWriter}: every article, person, party, office, mention
 * and fact once, a fact with the evidence (sentence, date, rule) of each of its articles in load
 * order. Filled once by the constructor, then only read.
 */
final class BatchRows {
  final List<Map<String, Object>> articles = new ArrayList<>();
  final Map<String, Map<String, Object>> persons = new LinkedHashMap<>();
  final Map<List<String>, List<String>> mentions = new LinkedHashMap<>();
  final Map<String, Set<String>> newAliases = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
  final Set<List<String>> stateMentions = new LinkedHashSet<>();
  final Set<List<String>> partyMentions = new LinkedHashSet<>();
  final Map<String, Map<String, Object>> offices = new LinkedHashMap<>();
  final Map<List<String>, Fact> holds = new LinkedHashMap<>();
  final Map<List<String>, Fact> met = new LinkedHashMap<>();
  int holdsRows;
  int metRows;

  /** One HOLDS or MET of the batch with the evidence of each of its articles, in load order. */
  static final class Fact extends EvidenceLists {
    final Map<String, Object> row;

    Fact(Map<String, Object> row) {
      this.row = row;
    }

    Map<String, Object> toRow() {
      row.put("articles", articles);
      row.put("evidence", evidence);
      row.put("dates", dates);
      row.put("rules", rules);
      return row;
    }
  }

  BatchRows(Lexicon lexicon, List<ArticleFacts> todo, Set<String> touched) {
    this.lexicon = lexicon;
    Map<String, String> idOfKey = new HashMap<>();
    Set<String> usedIds = new HashSet<>();
    for (ArticleFacts f : todo) {
      Article a = f.article();
      articles.add(ArticleProperties.of(a));
      String date = a.date() == null ? "" : a.date();
      for (PersonEntity p : f.persons()) {
        String id =
            idOfKey.computeIfAbsent(
                p.key(),
                k -> {
                  String base = p.id();
                  return usedIds.add(base) ? base : base + "-" + k;
                });
        int rank = p.nameSource().rank();
        Map<String, Object> pr = persons.get(p.key());
        if (pr == null) {
          pr = new HashMap<>();
          pr.put("key", p.key());
          pr.put("id", id);
          pr.put("name", p.name());
          pr.put("rank", rank);
          persons.put(p.key(), pr);
        } else if (rank > (Integer) pr.get("rank")) {
          pr.put("name", p.name()); // the best source wins; the first of equals stays
          pr.put("rank", rank);
        }
        List<String> al = new ArrayList<>(p.aliases());
        al.add(p.name());
        mentions.put(
            List.of(a.id(), p.key()),
            al); // the same person twice in one article: the last names it
        touched.add(p.key());
      }
      for (String s : f.stateIds()) {
        stateMentions.add(List.of(a.id(), s));
      }
      for (String pid : f.partyIds()) {
        partyRow(parties, pid);
        partyMentions.add(List.of(a.id(), pid));
      }
      for (Holds h : f.holds()) {
        holdsRows++;
        String oid = h.office().id();
        Map<String, Object> or = offices.get(oid);
        if (or == null) {
          or = new HashMap<>();
          or.put("id", oid);
          or.put("title", h.office().title());
          or.put("stateId", h.office().stateId());
          or.put("partyId", h.office().partyId());
          or.put(
              "stateName",
              h.office().stateId() == null ? null : lexicon.stateName(h.office().stateId()));
          or.put(
              "partyName",
              h.office().partyId() == null ? null : lexicon.partyName(h.office().partyId()));
          or.put(
              "countryName",
              h.office().countryId() == null ? null : lexicon.countryName(h.office().countryId()));
          or.put("persons", new ArrayList<String>());
          offices.put(oid, or);
        }
        @SuppressWarnings("unchecked")
        List<String> holders = (List<String>) or.get("persons");
        if (!holders.contains(h.personKey())) {
          holders.add(h.personKey());
        }
        String status = h.status().value();
        holds
            .computeIfAbsent(
                List.of(h.personKey(), oid, status),
                k -> {
                  Map<String, Object> hr = new HashMap<>();
                  hr.put("person", h.personKey());
                  hr.put("office", oid);
                  hr.put("status", status);
                  return new Fact(hr);
                })
            .add(a.id(), h.evidence().sentence(), date, h.rule());
        if (h.office().partyId() != null) {
          partyRow(parties, h.office().partyId());
        }
      }
      for (Met m : f.met()) {
        metRows++;
        met.computeIfAbsent(
                List.of(m.a(), m.b()),
                k -> {
                  Map<String, Object> mr = new HashMap<>();
                  mr.put("a", m.a());
                  mr.put("b", m.b());
                  return new Fact(mr);
                })
            .add(a.id(), m.evidence().sentence(), date, m.rule());
      }
    }
    for (Map.Entry<List<String>, List<String>> e : mentions.entrySet()) {
      newAliases
          .computeIfAbsent(e.getKey().get(1), k -> new LinkedHashSet<>())
          .addAll(e.getValue());
    }
  }

  private final Lexicon lexicon;

  private void partyRow(Map<String, Map<String, Object>> parties, String pid) {
    Lexicon.Party p = lexicon.party(pid);
    Map<String, Object> row = new HashMap<>();
    row.put("id", pid);
    row.put("name", p == null ? pid : p.name());
    row.put("aliases", p == null ? List.of() : p.aliases());
    parties.putIfAbsent(pid, row);
  }
}
