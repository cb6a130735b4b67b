package io.github.disclosureauditor.server;

import io.github.disclosureauditor.report.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Errors Jetty answers itself, before a request reaches the application (a path with encoded
 * "..", a malformed request line or header), leave in the same JSON shape as every other error
 * instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        ApiError body = code == 404 ? ApiError.of("NOT_FOUND", "没有这个页面或接口")
                : code >= 500 ? ApiError.of("INTERNAL_ERROR", "服务器内部错误")
                : ApiError.of("BAD_REQUEST", "请求格式错误（" + code + "），已拒绝");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(Json.write(body, false).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
