package org.netagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.netagraph.UsageException;
import org.netagraph.extract.HindiNerFinder;
import org.netagraph.extract.ner.ConllReader;
import org.netagraph.extract.ner.ConllSentence;
import org.netagraph.extract.ner.HindiNer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Tag CoNLL tokens with the Hindi recogniser that load uses: prints token<TAB>tag per token",
      "(BIO; PERSON, LOCATION, ORGANIZATION), same order, same blank lines between sentences.",
      "Score with: python3 ../shared/tools/conll_f1.py GOLD.conll PRED.conll"
    })
final class TagCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--conll", paramLabel = "FILE", required = true, description = "Tokens in the first column, a blank line between sentences.")
  Path conll;

  @Option(names = "--models", paramLabel = "DIR", description = "Read the model from DIR.")
  Path models;

  @Override
  public Integer call() {
    List<ConllSentence> sentences;
    try {
      sentences = ConllReader.readTokens(conll);
    } catch (IOException e) {
      throw new UsageException("cannot read " + conll + ": " + e.getMessage());
    }
    HindiNer ner = HindiNerFinder.load(Pipelines.models(models));
    PrintWriter out = spec.commandLine().getOut();
    StringBuilder b = new StringBuilder(1 << 16);
    for (int s = 0; s < sentences.size(); s++) {
      List<String> toks = sentences.get(s).tokens();
      List<String> tags = ner.tag(toks);
      for (int i = 0; i < toks.size(); i++) {
        b.append(toks.get(i)).append('\t').append(tags.get(i)).append('\n');
      }
      b.append('\n');
      if (b.length() > 1 << 15) {
        out.print(b);
        b.setLength(0);
      }
    }
    out.print(b);
    out.flush();
    return 0;
  }
}
