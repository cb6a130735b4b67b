package io.github.disclosureauditor.server;

import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.report.Json;
import io.javalin.http.Context;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code POST /api/batch}: a zip of documents, each audited and kept in turn. The answer is
 * streamed as JSON lines (application/x-ndjson), one per document as soon as it is done, then a
 * last line {@code {"done":true,…}}, so a page can show progress per document.
 */
final class BatchApi {
    /** Most documents one zip may hold. */
    static final int MAX_ENTRIES = 200;

    record Line(int index, String name, Long auditId, String unit, Integer year, String kind, Map<String, Integer> counts,
                int serious, ApiError.Body error) {
    }

    record Done(boolean done, int count, int failed) {
    }

    private final AuditApi audits;
    private final long maxBytes;

    BatchApi(AuditApi audits, long maxBytes) {
        this.audits = audits;
        this.maxBytes = maxBytes;
    }

    void batch(Context ctx) throws IOException {
        DocumentUpload.Upload upload = DocumentUpload.read(ctx, maxBytes);
        byte[] zip = upload.bytes();
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw new ApiException(400, "BAD_REQUEST", "批量审核需要一个 zip 压缩包（内含 PDF、Word、Excel 或文本文件）");
        }
        ctx.status(200).contentType("application/x-ndjson; charset=utf-8");
        OutputStream out = ctx.res().getOutputStream();
        int index = 0;
        int failed = 0;
        long total = 0;
        // Entry names without the UTF-8 flag are in the local code page: GB18030 on Chinese Windows.
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), Charset.forName("GB18030"))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (e.isDirectory() || base.isEmpty() || base.startsWith(".") || name.startsWith("__MACOSX/")) {
                    continue;
                }
                if (++index > MAX_ENTRIES) {
                    write(out, new Line(index, name, null, "", null, "", Map.of(), 0,
                            new ApiError.Body("BAD_REQUEST", "压缩包中的文档超过 " + MAX_ENTRIES + " 份，其余未审核")));
                    failed++;
                    break;
                }
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                total += bytes.length;
                if (bytes.length > maxBytes || total > 20 * maxBytes) {
                    write(out, new Line(index, name, null, "", null, "", Map.of(), 0,
                            new ApiError.Body("PAYLOAD_TOO_LARGE", "文档超过大小上限，未审核")));
                    failed++;
                    continue;
                }
                Line done = audit(index, name, bytes);
                failed += done.error() == null ? 0 : 1;
                write(out, done);
            }
        } catch (IOException ex) {
            write(out, new Line(index + 1, "", null, "", null, "", Map.of(), 0,
                    new ApiError.Body("CORRUPT_FILE", "压缩包已损坏，后面的文档无法读取")));
            failed++;
        }
        write(out, new Done(true, index, failed));
    }

    private Line audit(int index, String name, byte[] bytes) {
        try {
            AuditApi.Response r = audits.audit(name, bytes, true);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String s : new String[]{"HIGH", "MEDIUM", "LOW", "INFO"}) {
                counts.put(s, 0);
            }
            for (Finding f : r.findings()) {
                counts.merge(f.severity().name(), 1, Integer::sum);
            }
            return new Line(index, name, r.auditId(), r.document().unit(), r.document().year(), r.document().kind(),
                    counts, counts.get("HIGH") + counts.get("MEDIUM"), null);
        } catch (InputException e) {
            return new Line(index, name, null, "", null, "", Map.of(), 0, new ApiError.Body(e.code(), e.getMessage()));
        }
    }

    private static void write(OutputStream out, Object line) throws IOException {
        out.write((Json.write(line, false) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
