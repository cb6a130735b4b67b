package io.github.disclosureauditor.server;

import io.github.disclosureauditor.report.Json;
import io.javalin.http.Context;

/** JSON responses through the report mapper, so the API and the CLI print the same shapes. */
final class Responses {
    private Responses() {
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body, false));
    }

    /** Marks the request as answered, so the 404/405 fallbacks do not replace a specific error. */
    static final String ANSWERED = "disclosure-auditor.answered";

    static void error(Context ctx, int status, String code, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        json(ctx, status, ApiError.of(code, message));
    }

    static boolean answered(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(ANSWERED));
    }
}
