package io.github.disclosureauditor.server;

import io.github.disclosureauditor.store.DatabaseConfig;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Service settings. {@code reloadToken} empty means rule reloads are accepted from loopback
 * clients only (DRL can run arbitrary Java, so reloading is an administrative act).
 * {@code reloadInterval} is the shortest time between two compiles requested over HTTP.
 * {@code database} keeps audits and verdicts (embedded H2 under ./data by default).
 */
public record ServerOptions(String host, int port, Path rulesDir, Path webDir, String reloadToken, boolean watch,
                            long maxDocumentBytes, Duration reloadInterval, DatabaseConfig database) {
    /** Largest accepted document: 20 MiB of text is far beyond any real disclosure. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** Longest time one document may take; the seeds take milliseconds. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    /** A compile takes about a second of one core: at most one every two seconds. */
    public static final Duration DEFAULT_RELOAD_INTERVAL = Duration.ofSeconds(2);

    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 7070, Path.of("rules"), Path.of("web"), "", false, DEFAULT_MAX_BYTES,
                DEFAULT_RELOAD_INTERVAL, DatabaseConfig.embedded(Path.of("data")));
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, rulesDir, webDir, reloadToken, watch, maxDocumentBytes, reloadInterval, database);
    }

    public ServerOptions withRules(Path dir) {
        return new ServerOptions(host, port, dir, webDir, reloadToken, watch, maxDocumentBytes, reloadInterval, database);
    }

    public ServerOptions withToken(String token) {
        return new ServerOptions(host, port, rulesDir, webDir, token, watch, maxDocumentBytes, reloadInterval, database);
    }

    public ServerOptions withWatch(boolean w) {
        return new ServerOptions(host, port, rulesDir, webDir, reloadToken, w, maxDocumentBytes, reloadInterval, database);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, rulesDir, webDir, reloadToken, watch, maxDocumentBytes, reloadInterval, database);
    }

    public ServerOptions withMaxBytes(long max) {
        return new ServerOptions(host, port, rulesDir, webDir, reloadToken, watch, max, reloadInterval, database);
    }

    public ServerOptions withDatabase(DatabaseConfig db) {
        return new ServerOptions(host, port, rulesDir, webDir, reloadToken, watch, maxDocumentBytes, reloadInterval, db);
    }

    public ServerOptions withReloadInterval(Duration interval) {
        return new ServerOptions(host, port, rulesDir, webDir, reloadToken, watch, maxDocumentBytes, interval, database);
    }
}
