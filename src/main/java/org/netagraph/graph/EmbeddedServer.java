package org.netagraph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.netagraph.DatabaseException;

/**
 * The Neo4j community engine in this process, with Bolt on 127.0.0.1 only, so that every read and
 * write goes through the Java driver exactly as it would to a server. The Bolt port is free at
 * start (or the one asked for). Authentication is off: the port is reachable from this machine only
 * and lives as long as the command.
 */
public final class EmbeddedServer implements AutoCloseable {
  public static final String LOOPBACK = "127.0.0.1";
  private final DatabaseManagementService dbms;
  private final int boltPort;
  private final Path store;

  private EmbeddedServer(DatabaseManagementService dbms, int boltPort, Path store) {
    this.dbms = dbms;
    this.boltPort = boltPort;
    this.store = store;
  }

  /**
   * Starts the engine on {@code store} (created if missing); {@code boltPort} 0 picks a free one.
   */
  public static EmbeddedServer start(Path store, int boltPort) {
    try {
      Files.createDirectories(store);
    } catch (IOException e) {
      throw new DatabaseException(
          "cannot create the store folder " + store + ": " + e.getMessage(), e);
    }
    int port = boltPort > 0 ? boltPort : freePort();
    String holder = readHolder(store);
    DatabaseManagementService dbms;
    try {
      dbms =
          withoutHttp(store)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
              .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, port))
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .build();
    } catch (RuntimeException e) {
      throw new DatabaseException(
          describeStartFailure(store, e)
              + (holder == null ? "" : " (held by process " + holder + ")"),
          e);
    }
    writeHolder(store);
    return new EmbeddedServer(dbms, port, store);
  }

  /**
   * The same engine settings without Bolt, for in-process measurement only (the bench's ceiling for
   * transactional writers); netagraph itself reads and writes through the driver.
   */
  public static DatabaseManagementService startWithoutBolt(Path store) {
    try {
      return withoutHttp(store).setConfig(BoltConnector.enabled, false).build();
    } catch (RuntimeException e) {
      throw new DatabaseException(describeStartFailure(store, e), e);
    }
  }

  /** netagraph's engine settings on {@code store}, with no HTTP connectors. */
  private static DatabaseManagementServiceBuilder withoutHttp(Path store) {
    return EngineSettings.apply(new DatabaseManagementServiceBuilder(store.toAbsolutePath()))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false);
  }

  static final String HOLDER_FILE = "netagraph.pid";

  /** The process id written by the process that holds the store, if it is still alive. */
  static String readHolder(Path store) {
    try {
      Path f = store.resolve(HOLDER_FILE);
      if (!Files.isRegularFile(f)) {
        return null;
      }
      String pid = Files.readString(f, java.nio.charset.StandardCharsets.UTF_8).strip();
      long p = Long.parseLong(pid);
      return ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false) ? pid : null;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  static void writeHolder(Path store) {
    try {
      Files.writeString(
          store.resolve(HOLDER_FILE),
          Long.toString(ProcessHandle.current().pid()),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      // the note only improves an error message
    }
  }

  static String describeStartFailure(Path store, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String msg = String.valueOf(t.getMessage());
      if (msg.contains("lock") || t.getClass().getSimpleName().contains("Lock")) {
        return "the store "
            + store.toAbsolutePath()
            + " is in use by another process ("
            + msg
            + "); stop it, or connect to it with --uri";
      }
    }
    return "cannot start the embedded Neo4j on " + store.toAbsolutePath() + ": " + e;
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new DatabaseException("no free loopback port for Bolt: " + e.getMessage(), e);
    }
  }

  public String boltUri() {
    return "bolt://" + LOOPBACK + ":" + boltPort;
  }

  public int boltPort() {
    return boltPort;
  }

  public Path store() {
    return store;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(store.resolve(HOLDER_FILE));
    } catch (IOException e) {
      // a stale note names a dead process and is ignored
    }
    dbms.shutdown();
  }
}
