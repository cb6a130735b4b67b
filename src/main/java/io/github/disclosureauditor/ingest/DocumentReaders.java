package io.github.disclosureauditor.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads any supported submission into lines, choosing the reader by content, never by name:
 * PDF ({@code %PDF}), DOCX and XLSX (zip packages with {@code word/} or {@code xl/} parts),
 * otherwise text in any supported encoding.
 */
public final class DocumentReaders {
    public enum Format { TEXT, PDF, DOCX, XLSX, OLE2, ZIP }

    private final TextDecoder text = new TextDecoder();
    private final PdfReader pdf = new PdfReader();
    private final OfficeReader office = new OfficeReader();

    public DecodedText read(byte[] bytes) throws InputException {
        if (bytes == null || bytes.length == 0) {
            throw new InputException("EMPTY_INPUT", "文档为空");
        }
        return switch (detect(bytes)) {
            case PDF -> pdf.read(bytes);
            case DOCX -> office.readDocx(bytes);
            case XLSX -> office.readXlsx(bytes);
            case OLE2 -> throw new InputException("UNSUPPORTED_FORMAT",
                    "不支持旧版 Word/Excel（.doc/.xls）文件，请另存为 .docx/.xlsx、PDF 或文本");
            case ZIP -> throw new InputException("UNSUPPORTED_FORMAT", "不支持的压缩包格式");
            case TEXT -> text.decode(bytes);
        };
    }

    public static Format detect(byte[] b) {
        if (startsWith(b, "%PDF".getBytes()) || (b.length > 1024 && new String(b, 0, 1024).contains("%PDF-"))) {
            return Format.PDF;
        }
        if (startsWith(b, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return Format.OLE2;
        }
        if (startsWith(b, new byte[]{'P', 'K', 3, 4})) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    if (e.getName().startsWith("word/")) {
                        return Format.DOCX;
                    }
                    if (e.getName().startsWith("xl/")) {
                        return Format.XLSX;
                    }
                }
            } catch (IOException ignored) {
                // A broken zip is reported as an unsupported package below.
            }
            return Format.ZIP;
        }
        return Format.TEXT;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
