package org.netagraph.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.netagraph.SuppressForbidden;
import org.netagraph.UsageException;
import org.netagraph.input.BoilerplateHints;
import org.netagraph.input.InputFormat;
import org.netagraph.input.InputOptions;
import picocli.CommandLine.Option;

/** How input is read: the format and the field names of JSON and CSV records. */
final class InputMixin {
  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = {
        "txt, jsonl, json, csv, tsv, html or warc for every file given (default: by extension:",
        ".txt, .jsonl/.ndjson, .json, .csv, .tsv (each also .gz but .txt/.json), .html/.htm,",
        ".warc/.warc.gz; a folder is walked for all of these but .json). '-' reads standard",
        "input as JSON lines unless this says otherwise."
      })
  String format;

  @Option(
      names = "--text-field",
      paramLabel = "F",
      split = ",",
      description = "Fields of the article text, first present wins (default: ${DEFAULT-VALUE}).",
      defaultValue = "text,body,content,articleBody,article")
  List<String> text;

  @Option(
      names = "--date-field",
      paramLabel = "F",
      split = ",",
      description = {
        "Fields of the publication date (default: ${DEFAULT-VALUE}); ISO 8601, RFC 1123,",
        "dd-MM-yyyy, '1 July 2019' or epoch seconds/milliseconds."
      },
      defaultValue = "date,published,pubDate,published_at,publishedAt,datePublished")
  List<String> date;

  @Option(
      names = "--id-field",
      paramLabel = "F",
      split = ",",
      description = {
        "Fields of the article id. Given, they win over the URL and a record without one is bad;",
        "otherwise the id is the URL, else an 'id' or 'guid' field, else FILE#N (record N)."
      })
  List<String> id;

  @Option(
      names = "--title-field",
      paramLabel = "F",
      split = ",",
      description = "Fields of the headline (default: ${DEFAULT-VALUE}).",
      defaultValue = "title,headline")
  List<String> title;

  @Option(
      names = "--url-field",
      paramLabel = "F",
      split = ",",
      description = "Fields of the article's URL (default: ${DEFAULT-VALUE}).",
      defaultValue = "url,link,canonical_url")
  List<String> url;

  @Option(
      names = "--source-field",
      paramLabel = "F",
      split = ",",
      description = "Fields of the publisher (default: ${DEFAULT-VALUE}).",
      defaultValue = "source,publisher,site_name")
  List<String> source;

  /** The options; {@code models} is where the HTML hints come from (null: the packed ones). */
  InputOptions options(Path models) {
    InputFormat f;
    try {
      f = format == null ? null : InputFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--input-format: " + e.getMessage());
    }
    InputOptions.Fields d = InputOptions.Fields.defaults();
    InputOptions.Fields fields =
        new InputOptions.Fields(
            text, date, id == null ? d.id() : id, id != null, title, url, source);
    return new InputOptions(
        f, fields, BoilerplateHints.load(Pipelines.models(models)), standardInput());
  }

  @SuppressForbidden(reason = "standard input, read for the path '-'")
  private static Supplier<InputStream> standardInput() {
    return () -> System.in;
  }
}
