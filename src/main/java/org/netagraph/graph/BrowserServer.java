package org.netagraph.graph;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.configuration.ServerSettings;
import org.netagraph.DatabaseException;
import org.netagraph.UsageException;
import org.netagraph.write.CypherFiles;

/**
 * {@code netagraph serve}: the embedded store as an in-process Neo4j server with Bolt and HTTP on
 * 127.0.0.1 only and Neo4j Browser at {@code /browser/} (the {@code neo4j-browser} artifact on the
 * classpath). When the Browser connects it applies {@code cypher/style.grass} and opens a guide of
 * the saved questions, both served by a small loopback HTTP endpoint next to it. Authentication is
 * on unless asked otherwise: user {@code neo4j} with the given password.
 */
public final class BrowserServer implements AutoCloseable {
  private final DatabaseManagementService dbms;
  private final HttpServer assets;
  private final Path store;
  private final int httpPort;
  private final int boltPort;

  private BrowserServer(
      DatabaseManagementService dbms, HttpServer assets, Path store, int httpPort, int boltPort) {
    this.dbms = dbms;
    this.assets = assets;
    this.store = store;
    this.httpPort = httpPort;
    this.boltPort = boltPort;
  }

  /**
   * Starts the server.
   *
   * @param password the password of user neo4j (at least 8 characters), or null for no
   *     authentication
   */
  public static BrowserServer start(Path store, int httpPort, int boltPort, String password) {
    if (password != null && password.length() < 8) {
      throw new UsageException("NEO4J_PASSWORD must have at least 8 characters for serve");
    }
    requireFree(httpPort, "--http-port");
    requireFree(boltPort, "--bolt-port");
    try {
      Files.createDirectories(store);
    } catch (IOException e) {
      throw new DatabaseException(
          "cannot create the store folder " + store + ": " + e.getMessage(), e);
    }
    HttpServer assets = startAssets();
    String base = "http://127.0.0.1:" + assets.getAddress().getPort();
    DatabaseManagementService dbms;
    try {
      dbms =
          EngineSettings.apply(new DatabaseManagementServiceBuilder(store.toAbsolutePath()))
              .setConfig(BoltConnector.enabled, true)
              .setConfig(
                  BoltConnector.listen_address,
                  new SocketAddress(EmbeddedServer.LOOPBACK, boltPort))
              .setConfig(
                  BoltConnector.advertised_address,
                  new SocketAddress(EmbeddedServer.LOOPBACK, boltPort))
              .setConfig(HttpConnector.enabled, true)
              .setConfig(
                  HttpConnector.listen_address,
                  new SocketAddress(EmbeddedServer.LOOPBACK, httpPort))
              .setConfig(
                  HttpConnector.advertised_address,
                  new SocketAddress(EmbeddedServer.LOOPBACK, httpPort))
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
              .setConfig(ServerSettings.allow_telemetry, false)
              .setConfig(
                  ServerSettings.browser_post_connect_cmd,
                  "style " + base + "/style.grass; play " + base + "/guide.html")
              .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "*")
              .build();
    } catch (RuntimeException e) {
      assets.stop(0);
      throw new DatabaseException(EmbeddedServer.describeStartFailure(store, e), e);
    }
    BrowserServer s = new BrowserServer(dbms, assets, store, httpPort, boltPort);
    try {
      if (password != null) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
          system.executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
          if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
            throw e; // the same password as last time is fine
          }
        }
      }
      EmbeddedServer.writeHolder(store);
      ServeAdvert.write(
          store,
          new ServeAdvert.Advert(
              ProcessHandle.current().pid(), s.boltUri(), s.browserUrl(), "neo4j", password));
    } catch (IOException | RuntimeException e) {
      s.close();
      throw new DatabaseException(
          "cannot finish starting the server on " + store + ": " + e.getMessage(), e);
    }
    return s;
  }

  private static void requireFree(int port, String option) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getByName(EmbeddedServer.LOOPBACK), port));
    } catch (IOException e) {
      throw new UsageException(
          "port "
              + port
              + " on 127.0.0.1 is in use (another Neo4j or netagraph serve?);"
              + " choose another with "
              + option);
    }
  }

  private static HttpServer startAssets() {
    try {
      HttpServer h =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getByName(EmbeddedServer.LOOPBACK), 0), 0);
      byte[] style = CypherFiles.readResource("style.grass").getBytes(StandardCharsets.UTF_8);
      byte[] guide = BrowserGuide.html().getBytes(StandardCharsets.UTF_8);
      h.createContext("/style.grass", x -> send(x, "text/plain; charset=utf-8", style));
      h.createContext("/guide.html", x -> send(x, "text/html; charset=utf-8", guide));
      h.start();
      return h;
    } catch (IOException e) {
      throw new DatabaseException(
          "cannot start the guide endpoint on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  private static void send(HttpExchange x, String type, byte[] body) throws IOException {
    x.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
    x.getResponseHeaders().add("Access-Control-Allow-Headers", "*");
    x.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, OPTIONS");
    if (x.getRequestMethod().equals("OPTIONS")) {
      x.sendResponseHeaders(204, -1);
      x.close();
      return;
    }
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, body.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(body);
    }
  }

  public String browserUrl() {
    return "http://127.0.0.1:" + httpPort + "/browser/";
  }

  public String boltUri() {
    return "bolt://127.0.0.1:" + boltPort;
  }

  @Override
  public void close() {
    ServeAdvert.remove(store);
    try {
      dbms.shutdown();
    } finally {
      assets.stop(0);
    }
  }
}
