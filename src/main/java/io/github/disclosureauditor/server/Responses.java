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

    static void error(Context ctx, int status, String code, String message) {
        json(ctx, status, ApiError.of(code, message));
    }
}
