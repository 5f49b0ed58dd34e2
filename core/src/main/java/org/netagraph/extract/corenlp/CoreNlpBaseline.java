package org.netagraph.extract.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Baseline A of the benchmark: CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pipeline, as
 * a CoreNLP-based graph builder runs it on whole articles.
 */
public final class CoreNlpBaseline {
  private final StanfordCoreNLP pipeline;

  public CoreNlpBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates one text; returns the number of entity mentions found. */
  public int annotate(String text) {
    CoreDocument d = new CoreDocument(text);
    pipeline.annotate(d);
    return d.entityMentions() == null ? 0 : d.entityMentions().size();
  }
}
