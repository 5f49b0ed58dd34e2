package org.netagraph.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The note a running {@code serve} leaves in its store folder ({@code serve.json}, readable by its
 * owner only): its process id, Bolt URI and password, so that {@code load}, {@code query} and
 * {@code export} on the same store connect to it instead of failing on the store lock. A note whose
 * process is gone or whose port does not answer is stale and ignored.
 */
public final class ServeAdvert {
  static final String FILE = "serve.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a running server advertises. */
  public record Advert(long pid, String boltUri, String httpUri, String user, String password) {}

  private ServeAdvert() {}

  static void write(Path store, Advert a) throws IOException {
    Path f = store.resolve(FILE);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pid", a.pid());
    m.put("bolt", a.boltUri());
    m.put("http", a.httpUri());
    m.put("user", a.user());
    m.put("password", a.password());
    Files.deleteIfExists(f);
    try {
      Files.createFile(
          f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(f);
    }
    Files.writeString(
        f,
        JSON.writeValueAsString(m),
        StandardCharsets.UTF_8,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  static void remove(Path store) {
    try {
      Files.deleteIfExists(store.resolve(FILE));
    } catch (IOException e) {
      // the note is only a hint; a stale one is detected by its dead process
    }
  }

  /** The live server advertised in {@code store}, if any; a stale note is deleted. */
  public static Optional<Advert> live(Path store) {
    Path f = store.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> m =
          JSON.readValue(Files.readString(f, StandardCharsets.UTF_8), Map.class);
      Advert a =
          new Advert(
              ((Number) m.get("pid")).longValue(),
              (String) m.get("bolt"),
              (String) m.get("http"),
              (String) m.get("user"),
              (String) m.get("password"));
      boolean alive = ProcessHandle.of(a.pid()).map(ProcessHandle::isAlive).orElse(false);
      if (alive && answers(a.boltUri())) {
        return Optional.of(a);
      }
    } catch (IOException | RuntimeException e) {
      // unreadable note: treat as stale
    }
    remove(store);
    return Optional.empty();
  }

  private static boolean answers(String boltUri) {
    java.net.URI u = java.net.URI.create(boltUri);
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(u.getHost(), u.getPort()), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
