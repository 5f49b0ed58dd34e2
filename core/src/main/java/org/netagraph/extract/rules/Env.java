package org.netagraph.extract.rules;

import java.util.List;
import org.netagraph.model.Mention;

/** What patterns ask of the extraction code: office flags and named predicates. */
public interface Env {
  /** The mention (an office) has this flag of {@code offices.tsv}. */
  boolean flag(Mention m, String flag);

  /** A named predicate ({@code &name(args)}) holds at token {@code pos}. */
  boolean call(String name, List<String> args, Doc doc, int pos, Captures captures);
}
