package io.github.disclosureauditor.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads the submitted document from a request: a multipart upload (field "file", else the first
 * file) or the raw body. Rejects what the service cannot audit with the right status: 413 over
 * the size limit, 415 for declared types it does not read, 400 for an empty submission. The
 * format itself (text, PDF, Word, Excel) is then detected from the content.
 */
final class DocumentUpload {
    record Upload(String name, byte[] bytes) {
    }

    private DocumentUpload() {
    }

    static Upload read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            drain(ctx, maxBytes);
            throw tooLarge(maxBytes);
        }
        // The raw header: the servlet API resolves its charset and throws on an unknown one. The
        // charset is not needed: the encoding is recognised from the content.
        String header = ctx.header("Content-Type");
        String type = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        Upload upload;
        if (type.startsWith("multipart/form-data")) {
            List<UploadedFile> files = files(ctx);
            if (files.isEmpty()) {
                throw new ApiException(400, "EMPTY_INPUT", "表单中没有上传文件（字段名 file）");
            }
            if (files.size() > 1) {
                throw new ApiException(400, "BAD_REQUEST", "一次请求只审核一个文件，收到 " + files.size()
                        + " 个；请逐个提交（网页的批量审核即如此）");
            }
            UploadedFile f = files.get(0);
            if (f.size() > maxBytes) {
                throw tooLarge(maxBytes);
            }
            try (InputStream in = f.content()) {
                upload = new Upload(f.filename(), in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
            } catch (IOException e) {
                throw new ApiException(400, "BAD_REQUEST", "读取上传文件失败：请求不完整");
            }
        } else if (type.isEmpty() || type.startsWith("text/") || type.startsWith("application/octet-stream")
                || type.startsWith("application/pdf") || type.startsWith("application/vnd.openxmlformats-officedocument")
                || type.startsWith("application/zip") || type.startsWith("application/x-zip-compressed")) {
            upload = new Upload(ctx.queryParam("name") == null ? "body" : ctx.queryParam("name"), body(ctx, maxBytes));
        } else {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "不支持的内容类型 " + type + "；请提交文本（任意常见编码）、PDF、.docx 或 .xlsx，或用 multipart/form-data 上传文件");
        }
        if (upload.bytes().length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (upload.bytes().length == 0) {
            throw new ApiException(400, "EMPTY_INPUT", "文档为空");
        }
        return upload;
    }

    /** The uploaded files: those of field "file", else all; a malformed form is the client's error. */
    private static List<UploadedFile> files(Context ctx) {
        try {
            List<UploadedFile> files = ctx.uploadedFiles("file");
            return files.isEmpty() ? ctx.uploadedFiles() : files;
        } catch (Exception e) {
            // Jetty's BadMessageException, and servlet exceptions undeclared through Kotlin: a bad
            // boundary, a body cut off.
            throw malformed(e);
        }
    }

    private static ApiException malformed(Exception e) {
        return new ApiException(400, "BAD_REQUEST",
                "multipart/form-data 表单格式错误（缺少 boundary、内容被截断或格式不对），无法读取上传的文件");
    }

    private static byte[] body(Context ctx, long maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            return in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new ApiException(400, "BAD_REQUEST", "读取请求内容失败：请求不完整");
        }
    }

    /**
     * Reads and discards an oversized body (up to four times the limit) before answering 413:
     * a client still sending when the server closes would see a reset instead of the error.
     */
    private static void drain(Context ctx, long maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long left = 4 * maxBytes;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException ignored) {
            // The client gave up sending; the 413 below is still the right answer.
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "PAYLOAD_TOO_LARGE", "文档超过大小上限 " + (maxBytes / (1024 * 1024)) + " MiB");
    }
}
