package io.github.disclosureauditor.cli;

import io.github.disclosureauditor.server.AuditServer;
import io.github.disclosureauditor.server.ServerOptions;
import io.github.disclosureauditor.store.DatabaseConfig;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code serve}: starts the HTTP service and the review page, then keeps running. */
final class ServeCommand {
    private ServeCommand() {
    }

    /**
     * {@code --db URL} (or AUDITOR_DB_URL, with AUDITOR_DB_USER and AUDITOR_DB_PASSWORD) names a
     * server database; otherwise an embedded one lives under {@code --data DIR} (default ./data).
     */
    static DatabaseConfig database(Options o) {
        String url = o.get("db", System.getenv().getOrDefault("AUDITOR_DB_URL", ""));
        if (url.isBlank()) {
            return DatabaseConfig.embedded(Path.of(o.get("data", "data")));
        }
        return new DatabaseConfig(url, System.getenv().getOrDefault("AUDITOR_DB_USER", ""),
                System.getenv().getOrDefault("AUDITOR_DB_PASSWORD", ""));
    }

    static int run(Options o, PrintStream out, PrintStream err) throws Options.UsageException {
        int port;
        try {
            port = Integer.parseInt(o.get("port", "7070"));
        } catch (NumberFormatException e) {
            throw new Options.UsageException("--port 需要端口号");
        }
        if (port < 0 || port > 65535) {
            throw new Options.UsageException("--port 超出范围");
        }
        String token = o.get("token", System.getenv().getOrDefault("AUDITOR_RELOAD_TOKEN", ""));
        ServerOptions options = ServerOptions.defaults().withPort(port)
                .withRules(Path.of(o.get("rules", "rules")))
                .withHost(o.get("host", "127.0.0.1"))
                .withToken(token)
                .withWatch(Boolean.parseBoolean(o.get("watch", "false")))
                .withDatabase(database(o));
        AuditServer server;
        try {
            server = AuditServer.create(options).start();
        } catch (RuntimeException e) {
            err.println("服务启动失败：" + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        out.println("disclosure-auditor 已启动：http://" + options.host() + ":" + server.port() + "/  （规则目录 "
                + options.rulesDir().toAbsolutePath() + (options.watch() ? "，保存后自动重新加载" : "") + "；数据库 "
                + options.database().display() + "）");
        return -1;
    }
}
