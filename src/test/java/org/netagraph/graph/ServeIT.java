package org.netagraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netagraph.UsageException;

class ServeIT {
  @Test
  void clientsOnTheSameStoreTalkToTheRunningServer(@TempDir Path tmp) throws Exception {
    Path store = tmp.resolve("store");
    int http = BrowserIT.freePort();
    int bolt = BrowserIT.freePort();
    long t0 = System.nanoTime();
    try (BrowserServer server = BrowserServer.start(store, http, bolt, "serve-it-password")) {
      System.out.printf(
          java.util.Locale.ROOT, "serve up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      assertTrue(Files.exists(store.resolve("serve.json")));
      String perms =
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(store.resolve("serve.json")));
      assertEquals("rw-------", perms);
      try (Graph g = Graph.open(ConnectionOptions.embedded(store))) {
        assertTrue(g.where().contains("netagraph serve"), g.where());
        g.write(tx -> tx.run("CREATE (:Person {id: 'x', key: 'x', name: 'X'})", Map.of()));
        assertEquals(1L, g.counts().get("Person"));
      }
      // the server answers on loopback only
      try (java.net.Socket s = new java.net.Socket(InetAddress.getByName("127.0.0.1"), bolt)) {
        assertTrue(s.isConnected());
      }
      UsageException busy =
          assertThrows(
              UsageException.class,
              () -> BrowserServer.start(tmp.resolve("other"), http, BrowserIT.freePort(), null));
      assertTrue(
          busy.getMessage().contains("port " + http) && busy.getMessage().contains("--http-port"),
          busy.getMessage());
      long t1 = System.nanoTime();
      server.close();
      System.out.printf(
          java.util.Locale.ROOT, "serve down in %.1f s%n", (System.nanoTime() - t1) / 1e9);
    }
    assertFalse(Files.exists(store.resolve("serve.json")));
  }

  @Test
  void staleAdvertisementIsIgnored(@TempDir Path tmp) throws Exception {
    Path store = tmp.resolve("store");
    Files.createDirectories(store);
    long deadPid;
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    deadPid = p.pid();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Files.writeString(
        store.resolve("serve.json"),
        "{\"pid\":"
            + deadPid
            + ",\"bolt\":\"bolt://127.0.0.1:"
            + port
            + "\",\"http\":null,\"user\":\"neo4j\",\"password\":\"x\"}",
        StandardCharsets.UTF_8);
    try (Graph g = Graph.open(ConnectionOptions.embedded(store))) {
      assertTrue(g.where().startsWith("embedded store"), g.where());
    }
    assertFalse(Files.exists(store.resolve("serve.json")));
  }
}
