package no.kobling.company.importing.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.domain.ImportFileException;

/**
 * Looks at the first bytes of a (decompressed) file before any parser starts: is it in the encoding its format
 * prescribes (UTF-8 for every format but SCB's ISO-8859-1), and does it have the shape of the chosen format? A file
 * that is another known format is refused with {@code companyimport.failure.wrong-format} naming the format it looks
 * like; a file in another encoding with {@code companyimport.failure.wrong-encoding} naming the encoding it seems to
 * be in. Pure: no I/O of its own.
 */
final class FileSniffer {

    /** How many bytes are looked at. */
    static final int HEAD = 1 << 16;

    private FileSniffer() {
    }

    /** Throws when {@code head} (the first bytes; {@code length} of them valid) does not fit {@code format}. */
    static void check(ImportFormat format, byte[] head, int length, boolean complete) {
        ImportFormat looksLike = looksLike(head, length, format == ImportFormat.SCB);
        if (looksLike != null && looksLike != format) {
            throw new ImportFileException("companyimport.failure.wrong-format", 0,
                    "looks like " + looksLike.code() + ", not " + format.code());
        }
        encoding(format, head, length, complete);
    }

    private static void encoding(ImportFormat format, byte[] b, int n, boolean complete) {
        if (n >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            throw wrongEncoding(format, "UTF-16 (byte-order mark " + hex(b[0]) + " " + hex(b[1]) + ")");
        }
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                throw wrongEncoding(format, "UTF-16 or UTF-32 (NUL byte at offset " + i + ")");
            }
        }
        boolean utf8Bom = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
        int invalidAt = invalidUtf8At(b, n, complete);
        if (format == ImportFormat.SCB) {
            if (utf8Bom || (invalidAt < 0 && hasMultiByte(b, n))) {
                throw wrongEncoding(format, "UTF-8" + (utf8Bom ? " (byte-order mark)" : " (multi-byte sequences)"));
            }
        } else if (invalidAt >= 0) {
            throw wrongEncoding(format, "ISO-8859-1 or Windows-1252 (byte " + hex(b[invalidAt]) + " at offset "
                    + invalidAt + " is not UTF-8)");
        }
    }

    private static ImportFileException wrongEncoding(ImportFormat format, String seems) {
        String expected = format == ImportFormat.SCB ? "ISO-8859-1" : "UTF-8";
        return new ImportFileException("companyimport.failure.wrong-encoding", 0,
                "the file seems to be " + seems + "; " + format.code() + " files are " + expected);
    }

    /** Offset of the first byte that is not valid UTF-8, or -1. A sequence cut by the end of an incomplete head is fine. */
    static int invalidUtf8At(byte[] b, int n, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, n);
        CharBuffer out = CharBuffer.allocate(n + 1);
        CoderResult result = decoder.decode(in, out, complete);
        return result.isError() ? in.position() : -1;
    }

    private static boolean hasMultiByte(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if ((b[i] & 0x80) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The known format whose shape the head has, or null when it looks like none of them. */
    static ImportFormat looksLike(byte[] b, int n, boolean latin1) {
        String head = new String(b, 0, Math.min(n, 4096), latin1 ? StandardCharsets.ISO_8859_1
                : StandardCharsets.UTF_8).replace("\uFEFF", "");
        String trimmed = head.stripLeading();
        String lower = head.toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            boolean brreg = lower.contains("\"organisasjonsnummer\"");
            boolean prh = lower.contains("\"businessid\"");
            if (brreg && !prh) {
                return ImportFormat.BRREG_JSON;
            }
            if (prh && !brreg) {
                return ImportFormat.PRH_JSON;
            }
            return null;
        }
        int end = lower.indexOf('\n');
        String firstLine = end < 0 ? lower : lower.substring(0, end);
        if (firstLine.contains("organisasjonsnummer") && firstLine.contains(",")) {
            return ImportFormat.BRREG_CSV;
        }
        if (firstLine.contains("organisationsidentitet") && firstLine.contains(";")) {
            return ImportFormat.BOLAGSVERKET;
        }
        if (firstLine.contains("peorgnr") && firstLine.contains("\t")) {
            return ImportFormat.SCB;
        }
        return null;
    }

    private static String hex(byte b) {
        return String.format(Locale.ROOT, "%02X", b & 0xff);
    }
}
