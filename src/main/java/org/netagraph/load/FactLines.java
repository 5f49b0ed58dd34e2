package org.netagraph.load;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.netagraph.export.Json;
import org.netagraph.extract.FactsJson;
import org.netagraph.model.ArticleFacts;
import org.netagraph.write.GraphWriter;

/**
 * {@code netagraph extract}: each article's facts as one JSON line, in input order, instead of a
 * write to the graph. The load loop is the same, so extract reads every input format {@code load}
 * reads and reports bad records the same way.
 */
public final class FactLines implements Loader.Sink {
  private final PrintWriter out;

  public FactLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin() {}

  @Override
  public GraphWriter.BatchResult write(List<ArticleFacts> batch) {
    for (ArticleFacts f : batch) {
      Json.line(out, FactsJson.of(f));
    }
    out.flush();
    return new GraphWriter.BatchResult(batch.size(), 0, 0, 0, 0, List.of());
  }

  @Override
  public Map<String, Long> counts() {
    return Map.of();
  }
}
