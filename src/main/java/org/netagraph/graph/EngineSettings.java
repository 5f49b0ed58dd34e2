package org.netagraph.graph;

import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Settings for an engine that lives as long as one command: no usage reporting over the network, no
 * pre-allocated log files, no page-cache warm-up, and short shutdown waits (Netty's graceful quiet
 * period and Bolt's pool waits otherwise add about ten seconds to every command's exit).
 */
final class EngineSettings {
  private EngineSettings() {}

  static DatabaseManagementServiceBuilder apply(DatabaseManagementServiceBuilder b) {
    return b.setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30))
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .setConfig(
            GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
        .setConfig(
            GraphDatabaseInternalSettings.shutdown_terminated_transaction_wait_timeout,
            Duration.ofSeconds(1))
        .setConfig(
            BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(
            BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
  }
}
