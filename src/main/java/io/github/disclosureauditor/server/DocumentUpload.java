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
 * the size limit, 415 for types it does not read, 400 for an empty submission.
 */
final class DocumentUpload {
    record Upload(String name, byte[] bytes) {
    }

    private DocumentUpload() {
    }

    static Upload read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        Upload upload;
        if (type.startsWith("multipart/form-data")) {
            List<UploadedFile> files = ctx.uploadedFiles("file");
            if (files.isEmpty()) {
                files = ctx.uploadedFiles();
            }
            if (files.isEmpty()) {
                throw new ApiException(400, "NO_FILE", "表单中没有上传文件（字段名 file）");
            }
            UploadedFile f = files.get(0);
            if (f.size() > maxBytes) {
                throw tooLarge(maxBytes);
            }
            try (InputStream in = f.content()) {
                upload = new Upload(f.filename(), in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
            } catch (IOException e) {
                throw new ApiException(400, "UPLOAD_FAILED", "读取上传文件失败");
            }
        } else if (type.isEmpty() || type.startsWith("text/") || type.startsWith("application/octet-stream")) {
            upload = new Upload(ctx.queryParam("name") == null ? "body" : ctx.queryParam("name"), body(ctx, maxBytes));
        } else {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "不支持的内容类型 " + type + "；请以纯文本（任意常见编码）提交，或用 multipart/form-data 上传文件");
        }
        if (upload.bytes().length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (upload.bytes().length == 0) {
            throw new ApiException(400, "EMPTY_INPUT", "文档为空");
        }
        rejectKnownBinary(upload.bytes());
        return upload;
    }

    private static byte[] body(Context ctx, long maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            return in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new ApiException(400, "READ_FAILED", "读取请求内容失败");
        }
    }

    /** PDF and Office files are recognised by content, not by name, and refused for now. */
    private static void rejectKnownBinary(byte[] b) {
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "暂不支持 PDF 文件，请先提取为文本再提交");
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "暂不支持 Word/Excel 等压缩格式文件，请另存为文本再提交");
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "PAYLOAD_TOO_LARGE", "文档超过大小上限 " + (maxBytes / (1024 * 1024)) + " MiB");
    }
}
