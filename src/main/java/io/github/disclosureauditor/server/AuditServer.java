package io.github.disclosureauditor.server;

import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.store.AuditStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The HTTP service: a thin layer over the auditor. Handlers are method references; every error
 * leaves as JSON with a stable code, never as a stack trace.
 */
public final class AuditServer implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditServer.class);
    /** One line per request: method, path, status, milliseconds, client. */
    private static final org.slf4j.Logger ACCESS =
            org.slf4j.LoggerFactory.getLogger("io.github.disclosureauditor.access");
    private final ServerOptions options;
    private final RuleService rules;
    private final AuditStore store;
    private final Javalin app;

    private AuditServer(ServerOptions options, RuleService rules, AuditStore store, Javalin app) {
        this.options = options;
        this.rules = rules;
        this.store = store;
        this.app = app;
    }

    /** Builds the rule base (failing fast if it cannot) and creates, but does not start, the app. */
    public static AuditServer create(ServerOptions options) {
        RuleEngine engine = new RuleEngine(options.rulesDir());
        RuleService rules = new RuleService(engine);
        RuleCompiler.Result first = rules.reload();
        if (!first.ok()) {
            rules.close();
            throw new IllegalStateException("规则编译失败：" + first.errors());
        }
        AuditStore store;
        try {
            store = AuditStore.open(options.database());
        } catch (RuntimeException e) {
            rules.close();
            throw new IllegalStateException("无法打开数据库 " + options.database().display() + "：" + e.getMessage(), e);
        }
        LOG.info("database {}", options.database().display());
        Auditor auditor = new Auditor(engine);
        AuditApi audit = new AuditApi(auditor, store, options.maxDocumentBytes());
        ReviewApi review = new ReviewApi(store, audit, auditor, new io.github.disclosureauditor.audit.SeriesAuditor(engine));
        BatchApi batch = new BatchApi(audit, options.maxDocumentBytes());
        RulesApi rulesApi = new RulesApi(rules, store, options.reloadToken(), options.reloadInterval());
        Javalin app = Javalin.create(config -> {
            config.http.maxRequestSize = options.maxDocumentBytes() + 64 * 1024;
            config.jetty.multipartConfig.maxFileSize(options.maxDocumentBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxDocumentBytes() + 64 * 1024,
                    io.javalin.config.SizeUnit.BYTES);
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {} ms {}", ctx.method(), ctx.path(),
                    ctx.statusCode(), String.format(java.util.Locale.ROOT, "%.1f", ms), ctx.ip()));
            if (Files.isDirectory(options.webDir())) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = options.webDir().toAbsolutePath().toString();
                    files.location = Location.EXTERNAL;
                });
            }
            config.routes.get("/api/health", ctx -> health(ctx, engine));
            config.routes.post("/api/audit", audit::audit);
            config.routes.post("/api/batch", batch::batch);
            config.routes.get("/api/audits", review::history);
            config.routes.get("/api/audits/{id}", review::get);
            config.routes.post("/api/audits/{id}/reaudit", review::reaudit);
            config.routes.put("/api/audits/{id}/verdicts", review::verdict);
            config.routes.get("/api/audits/{id}/export", review::export);
            config.routes.get("/api/audits/{id}/pages/{page}", review::page);
            config.routes.get("/api/audits/{id}/series", review::series);
            config.routes.get("/api/rules", rulesApi::list);
            config.routes.post("/api/rules/reload", rulesApi::reload);
            config.routes.exception(ApiException.class, (e, ctx) -> Responses.error(ctx, e.status(), e.code(), e.getMessage()));
            config.routes.exception(InputException.class, (e, ctx) -> Responses.error(ctx,
                    e.code().equals("UNSUPPORTED_FORMAT") ? 415 : e.code().equals("PROCESSING_TIMEOUT") ? 422
                            : e.code().equals("NOT_FOUND") ? 404 : 400,
                    e.code(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, AuditServer::httpError);
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                Responses.error(ctx, 500, "INTERNAL_ERROR", "服务器内部错误");
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.path().startsWith("/api/") && !Responses.answered(ctx)) {
                    Responses.error(ctx, 404, "NOT_FOUND", "没有这个接口：" + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, "*", ctx -> {
                if (!Responses.answered(ctx)) {
                    Responses.error(ctx, 405, "METHOD_NOT_ALLOWED", "不支持该请求方法");
                }
            });
        });
        AuditServer server = new AuditServer(options, rules, store, app);
        if (options.watch()) {
            try {
                rules.watch(options.rulesDir());
            } catch (IOException e) {
                throw new IllegalStateException("无法监视规则目录：" + e.getMessage(), e);
            }
        }
        return server;
    }

    private static void health(Context ctx, RuleEngine engine) {
        var base = engine.current();
        Responses.json(ctx, 200, Map.of("status", "ok", "ruleBaseVersion", base.version(), "rules", base.rules().size()));
    }

    /** Javalin's own HTTP errors, in the codes and language of the rest of the API. */
    private static void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        switch (status) {
            case 413 -> Responses.error(ctx, 413, "PAYLOAD_TOO_LARGE", "文档超过大小上限");
            case 404 -> Responses.error(ctx, 404, "NOT_FOUND", "没有这个接口：" + ctx.method() + " " + ctx.path());
            case 405 -> Responses.error(ctx, 405, "METHOD_NOT_ALLOWED", "不支持该请求方法");
            default -> Responses.error(ctx, status >= 500 ? 500 : 400, status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST",
                    status >= 500 ? "服务器内部错误" : "请求格式错误（" + status + "）");
        }
    }

    public Javalin app() {
        return app;
    }

    public AuditServer start() {
        app.start(options.host(), options.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        rules.close();
        store.close();
    }
}
