package org.netagraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.netagraph.UsageException;
import org.netagraph.lexicon.WordListBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "build-wordlists",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild models/common-words-hi.tsv and models/name-words-hi.tsv from labelled data:",
      "common words from Hindi NER corpora (IL-NER, MultiCoNER II: CC BY 4.0), name words and",
      "their Latin spellings from the ECI candidates list (MIT). A test checks that the shipped",
      "lists are what this command makes:",
      "  netagraph build-wordlists --ner-extra ../shared/corpus/ner-extra --out models"
    })
final class BuildWordListsCommand implements Callable<Integer> {
  static final List<String> CORPORA =
      List.of(
          "ilner_hi_train.txt",
          "ilner_hi_dev.txt",
          "ilner_hi_test.txt",
          "multiconer2_hi_train.conll",
          "multiconer2_hi_dev.conll");
  static final String ECI = "eci2021_candidates_en_hi.tsv";

  @Option(
      names = "--ner-extra",
      paramLabel = "DIR",
      required = true,
      description = "The folder with " + "the IL-NER, MultiCoNER II and ECI files.")
  Path dir;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write.")
  Path out;

  @Option(
      names = "--person-tags",
      split = ",",
      paramLabel = "TYPE",
      description = "Entity types that are persons (default: ${DEFAULT-VALUE}).",
      defaultValue = "NEP,Politician,Artist,OtherPER,Athlete,Cleric,Scientist,SportsManager")
  Set<String> personTags;

  @Override
  public Integer call() {
    List<Path> conll = new ArrayList<>();
    for (String c : CORPORA) {
      conll.add(need(dir.resolve(c)));
    }
    WordListBuilder.build(
        conll,
        personTags,
        need(dir.resolve(ECI)),
        out,
        "IL-NER Hindi (CC BY 4.0), MultiCoNER II Hindi (CC BY 4.0) and the ECI 2021 candidates"
            + " list of in-rolls/indicate (MIT)");
    return 0;
  }

  private static Path need(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UsageException("no such file: " + p);
    }
    return p;
  }
}
