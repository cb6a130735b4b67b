package io.github.disclosureauditor.server;

import io.github.disclosureauditor.engine.RuleBase;
import io.github.disclosureauditor.engine.RuleCatalog;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.engine.RuleError;
import io.github.disclosureauditor.engine.RuleInfo;
import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** {@code GET /api/rules} and {@code POST /api/rules/reload}. */
final class RulesApi {
    record RulesView(long version, String builtAt, String directory, int count, List<RuleInfo> rules,
                     List<RuleError> lastBuildErrors, String lastFailureAt, List<String> catalogProblems) {
    }

    record ReloadView(boolean ok, long version, List<RuleError> errors) {
    }

    private final RuleService rules;
    private final String token;

    RulesApi(RuleService rules, String token) {
        this.rules = rules;
        this.token = token == null ? "" : token;
    }

    void list(Context ctx) {
        RuleEngine engine = rules.engine();
        RuleBase base = engine.current();
        RuleEngine.BuildStatus failure = engine.lastFailure();
        Responses.json(ctx, 200, new RulesView(base.version(), base.builtAt().toString(), base.directory(),
                base.rules().size(), base.rules(), failure.errors(),
                failure.at() == null ? null : failure.at().toString(),
                RuleCatalog.read(java.nio.file.Path.of(base.directory())).problems(base.rules())));
    }

    void reload(Context ctx) {
        authorize(ctx);
        RuleCompiler.Result r = rules.reload();
        RuleBase current = rules.engine().current();
        Responses.json(ctx, r.ok() ? 200 : 422, new ReloadView(r.ok(), current.version(), r.errors()));
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
        if (!isLoopback(ctx.req().getRemoteAddr())) {
            throw new ApiException(403, "FORBIDDEN", "未配置令牌时，只允许本机重新加载规则");
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
