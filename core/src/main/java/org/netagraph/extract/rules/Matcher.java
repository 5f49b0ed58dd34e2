package org.netagraph.extract.rules;

import java.util.List;
import org.netagraph.model.Mention;
import org.netagraph.model.Token;
import org.netagraph.text.TextNormalizer;

/**
 * A backtracking matcher of one pattern on one sentence, in continuation-passing style: each node
 * calls its continuation for every way it can match, in order of preference, until one leads to a
 * whole match. Repetitions try the most ({@code GREEDY}), the fewest ({@code LAZY}) or the most
 * without giving any back ({@code POSSESSIVE}). A run that takes more than {@value #BUDGET} steps
 * is a pattern gone wrong and fails loudly.
 */
final class Matcher {
  static final int BUDGET = 2_000_000;

  private interface Then {
    boolean go(int pos, Captures c);
  }

  private final Doc doc;
  private final Env env;
  private final String rule;
  private int steps;

  Matcher(Doc doc, Env env, String rule) {
    this.doc = doc;
    this.env = env;
    this.rule = rule;
  }

  /** A match starting at {@code start}: its end and captures, or null. */
  Match at(Node pattern, int start, Captures given) {
    Match[] out = new Match[1];
    m(
        pattern,
        start,
        given,
        (p, c) -> {
          out[0] = new Match(start, p, c);
          return true;
        });
    return out[0];
  }

  private boolean m(Node n, int pos, Captures c, Then k) {
    if (++steps > BUDGET) {
      throw new IllegalStateException(
          "rule " + rule + ": the pattern took more than " + BUDGET + " steps on one sentence");
    }
    if (n instanceof Node.Seq s) {
      return seq(s.items(), 0, pos, c, k);
    } else if (n instanceof Node.Alt a) {
      for (Node o : a.options()) {
        if (m(o, pos, c, k)) {
          return true;
        }
      }
      return false;
    } else if (n instanceof Node.Repeat r) {
      return r.mode() == Node.Mode.POSSESSIVE ? possessive(r, pos, c, k) : rep(r, 0, pos, c, k);
    } else if (n instanceof Node.Capture cap) {
      return capture(cap, pos, c, k);
    } else if (n instanceof Node.Tok t) {
      return pos < doc.size() && test(t.test(), pos, c) && k.go(pos + 1, c);
    } else if (n instanceof Node.Layer l) {
      for (Mention x : doc.startingAt(l.layer(), pos)) {
        if (passes(x, l.filters(), c) && k.go(x.end(), c)) {
          return true;
        }
      }
      return false;
    } else if (n instanceof Node.Ref r) {
      Captures.Span s = c.get(r.name());
      return s != null && s.start() == pos && k.go(s.end(), c);
    } else if (n instanceof Node.Look l) {
      boolean found = m(l.body(), pos, c, (p, x) -> true);
      return found != l.negate() && k.go(pos, c);
    } else if (n instanceof Node.Edge e) {
      return (e.start() ? pos == 0 : pos == doc.size()) && k.go(pos, c);
    } else if (n instanceof Node.Call call) {
      return env.call(call.name(), call.args(), doc, pos, c) && k.go(pos, c);
    }
    throw new IllegalStateException("unknown node " + n);
  }

  private boolean seq(List<Node> items, int i, int pos, Captures c, Then k) {
    if (i == items.size()) {
      return k.go(pos, c);
    }
    return m(items.get(i), pos, c, (p, x) -> seq(items, i + 1, p, x, k));
  }

  private boolean rep(Node.Repeat r, int count, int pos, Captures c, Then k) {
    boolean more = count < r.max();
    boolean enough = count >= r.min();
    if (r.mode() == Node.Mode.LAZY && enough && k.go(pos, c)) {
      return true;
    }
    // an empty pass can never help: it would repeat for ever
    if (more && m(r.body(), pos, c, (p, x) -> p > pos && rep(r, count + 1, p, x, k))) {
      return true;
    }
    return r.mode() == Node.Mode.GREEDY && enough && k.go(pos, c);
  }

  private boolean possessive(Node.Repeat r, int pos, Captures c, Then k) {
    int count = 0;
    int at = pos;
    Captures cur = c;
    while (count < r.max()) {
      Match one = new Matcher(doc, env, rule).at(r.body(), at, cur);
      if (one == null || one.end() == at) {
        break;
      }
      at = one.end();
      cur = one.captures();
      count++;
    }
    return count >= r.min() && k.go(at, cur);
  }

  private boolean capture(Node.Capture cap, int pos, Captures c, Then k) {
    if (c.isBound(cap.name())) {
      Captures.Span b = c.get(cap.name());
      if (b.start() != pos) {
        return false;
      }
      if (b.mention() != null && cap.body() instanceof Node.Layer l) {
        return doc.startingAt(l.layer(), pos).contains(b.mention())
            && passes(b.mention(), l.filters(), c)
            && k.go(b.end(), c);
      }
      return m(cap.body(), pos, c, (p, x) -> p == b.end() && k.go(p, x));
    }
    if (cap.body() instanceof Node.Layer l) {
      for (Mention x : doc.startingAt(l.layer(), pos)) {
        if (passes(x, l.filters(), c)
            && k.go(x.end(), c.with(new Captures.Span(cap.name(), pos, x.end(), x)))) {
          return true;
        }
      }
      return false;
    }
    return m(
        cap.body(), pos, c, (p, x) -> k.go(p, x.with(new Captures.Span(cap.name(), pos, p, null))));
  }

  /** The token test at token {@code i}. */
  private boolean test(TokenTest t, int i, Captures c) {
    Token tok = doc.tokens().get(i);
    if (t instanceof TokenTest.Literal l) {
      return fits(tok.norm(), l.form(), l.fit());
    } else if (t instanceof TokenTest.InClass k) {
      return k.wordClass().has(tok.norm());
    } else if (t instanceof TokenTest.Regex r) {
      return r.pattern().matcher(tok.norm()).matches();
    } else if (t instanceof TokenTest.Any) {
      return true;
    } else if (t instanceof TokenTest.Kind k) {
      return switch (k.kind()) {
        case "LATIN" -> tok.isLatin();
        case "DEVA" -> tok.isDevanagari();
        case "WORD" -> tok.isWord();
        case "CAP" -> tok.isCapitalised();
        default -> throw new IllegalStateException("unknown token kind " + k.kind());
      };
    } else if (t instanceof TokenTest.Mentioned m) {
      for (Mention x : doc.layer(m.layer())) {
        boolean place =
            switch (m.place()) {
              case AT -> x.start() == i;
              case END -> x.end() == i + 1;
              case IN -> x.start() <= i && i < x.end();
            };
        if (place && passes(x, m.filters(), c)) {
          return true;
        }
      }
      return false;
    } else if (t instanceof TokenTest.Not n) {
      return !test(n.test(), i, c);
    } else if (t instanceof TokenTest.All a) {
      for (TokenTest x : a.tests()) {
        if (!test(x, i, c)) {
          return false;
        }
      }
      return true;
    } else if (t instanceof TokenTest.AnyOf a) {
      for (TokenTest x : a.tests()) {
        if (test(x, i, c)) {
          return true;
        }
      }
      return false;
    }
    throw new IllegalStateException("unknown token test " + t);
  }

  private boolean passes(Mention x, List<Filter> filters, Captures c) {
    for (Filter f : filters) {
      if (pass(x, f, c) == f.negate()) {
        return false;
      }
    }
    return true;
  }

  private boolean pass(Mention x, Filter f, Captures c) {
    if (f.key().equals("flag")) {
      return env.flag(x, f.literal());
    }
    if (f.key().equals("at")) {
      Captures.Span s = c.get(f.capture());
      return s != null && s.start() == x.start() && s.end() == x.end();
    }
    String field =
        switch (f.key()) {
          case "type" -> x.type().name();
          case "value" -> x.value();
          case "kind", "lang" -> x.kind();
          case "source" -> x.source();
          case "surface" -> TextNormalizer.matchForm(x.surface());
          default -> throw new IllegalStateException("unknown filter key " + f.key());
        };
    if (f.wordClass() != null) {
      return f.inside() ? f.wordClass().inside(field) : f.wordClass().has(field);
    }
    if (f.capture() != null) {
      Mention other = c.mention(f.capture());
      return other != null && field.equals(other.value());
    }
    return fits(field, f.literal(), f.fit());
  }

  static boolean fits(String w, String form, TokenTest.Fit fit) {
    return switch (fit) {
      case WORD -> w.equals(form);
      case PREFIX -> w.startsWith(form);
      case SUFFIX -> w.endsWith(form);
      case INFIX -> w.contains(form);
    };
  }

  /** A whole match. */
  record Match(int start, int end, Captures captures) {}
}
