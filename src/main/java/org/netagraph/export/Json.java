package org.netagraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** One shared Jackson mapper: UTF-8 text kept as is (Devanagari is not escaped). */
public final class Json {
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  /** Writes {@code value} as one line of JSON and a newline. */
  public static void line(Writer out, Object value) {
    try {
      out.write(MAPPER.writeValueAsString(value));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
