package io.github.disclosureauditor.server;

import io.github.disclosureauditor.engine.RuleBase;
import io.github.disclosureauditor.engine.RuleCatalog;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.engine.RuleError;
import io.github.disclosureauditor.engine.RuleInfo;
import io.github.disclosureauditor.store.AuditStore;
import io.github.disclosureauditor.store.RuleQuality;
import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** {@code GET /api/rules} and {@code POST /api/rules/reload}. */
final class RulesApi {
    record RulesView(long version, String builtAt, String directory, int count, List<RuleInfo> rules,
                     List<RuleError> lastBuildErrors, String lastFailureAt, List<String> catalogProblems,
                     java.util.Map<String, RuleQuality> quality) {
    }

    record ReloadView(boolean ok, long version, List<RuleError> errors) {
    }

    private final RuleService rules;
    private final AuditStore store;
    private final String token;
    private final long intervalMs;
    private final java.util.concurrent.atomic.AtomicLong lastReload = new java.util.concurrent.atomic.AtomicLong();

    RulesApi(RuleService rules, AuditStore store, String token, java.time.Duration interval) {
        this.rules = rules;
        this.store = store;
        this.token = token == null ? "" : token;
        this.intervalMs = interval.toMillis();
    }

    void list(Context ctx) {
        RuleEngine engine = rules.engine();
        RuleBase base = engine.current();
        RuleEngine.BuildStatus failure = engine.lastFailure();
        Responses.json(ctx, 200, new RulesView(base.version(), base.builtAt().toString(), base.directory(),
                base.rules().size(), base.rules(), failure.errors(),
                failure.at() == null ? null : failure.at().toString(),
                RuleCatalog.read(java.nio.file.Path.of(base.directory())).problems(base.rules()),
                store.ruleQuality()));
    }

    void reload(Context ctx) {
        sameOrigin(ctx);
        authorize(ctx);
        throttle(ctx);
        RuleCompiler.Result r = rules.reload();
        RuleBase current = rules.engine().current();
        Responses.json(ctx, r.ok() ? 200 : 422, new ReloadView(r.ok(), current.version(), r.errors()));
    }

    /**
     * A page of another site may not make a visitor's browser reload the rules: a request that
     * says where it comes from (Origin, or Sec-Fetch-Site from browsers) must come from this
     * service's own pages.
     */
    private static void sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && !origin.equals("null")) {
            String originHost = origin.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
            if (host == null || !originHost.equalsIgnoreCase(host)) {
                throw new ApiException(403, "FORBIDDEN", "拒绝跨站请求：重新加载规则只能从本服务的页面发起");
            }
        } else if (origin != null || "cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
            throw new ApiException(403, "FORBIDDEN", "拒绝跨站请求：重新加载规则只能从本服务的页面发起");
        }
    }

    /** Compiling takes a core for about a second: one compile per interval, whoever asks. */
    private void throttle(Context ctx) {
        long now = System.currentTimeMillis();
        long last = lastReload.get();
        if (now - last < intervalMs || !lastReload.compareAndSet(last, now)) {
            long wait = Math.max(1, (intervalMs - (now - last) + 999) / 1000);
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiException(429, "TOO_MANY_REQUESTS", "重新加载过于频繁，请 " + wait + " 秒后再试");
        }
    }

    /** DRL can run arbitrary Java: reloading is for this machine, or for holders of the token. */
    private void authorize(Context ctx) {
        if (!token.isEmpty()) {
            String given = ctx.header("X-Reload-Token");
            String auth = ctx.header("Authorization");
            if (given == null && auth != null && auth.startsWith("Bearer ")) {
                given = auth.substring(7);
            }
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(403, "FORBIDDEN", "重新加载规则需要有效的令牌（X-Reload-Token）");
            }
            return;
        }
        // A reverse proxy on this machine makes every client look local: a forwarded request is
        // not local, whatever its socket address.
        boolean forwarded = ctx.header("Forwarded") != null || ctx.header("X-Forwarded-For") != null
                || ctx.header("X-Real-IP") != null;
        if (forwarded || !isLoopback(ctx.req().getRemoteAddr())) {
            throw new ApiException(403, "FORBIDDEN", "未配置令牌时，只允许本机直接（不经代理）重新加载规则");
        }
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
