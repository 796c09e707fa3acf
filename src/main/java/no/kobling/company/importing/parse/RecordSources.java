package no.kobling.company.importing.parse;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.domain.ImportFileException;
import no.kobling.company.importing.domain.SourceRecord;

/** Opens the parser of a format over a (possibly gzip-compressed: detected by its magic bytes) input stream. */
public final class RecordSources {

    private RecordSources() {
    }

    /**
     * Opens the parser; first checks the head of the file with {@link FileSniffer} (wrong encoding, or another known
     * format: the run fails before any record is read).
     */
    public static RecordSource open(ImportFormat format, InputStream raw) {
        BreakAwareInputStream guarded = new BreakAwareInputStream(decompressed(raw));
        BufferedInputStream in = new BufferedInputStream(guarded, 1 << 16);
        sniff(format, in, guarded);
        RecordSource source = switch (format) {
            case BRREG_JSON -> JsonRecordSource.brreg(in);
            case PRH_JSON -> JsonRecordSource.prh(in);
            case BRREG_CSV -> new BrregCsvSource(reader(in, StandardCharsets.UTF_8));
            case BOLAGSVERKET -> new BolagsverketSource(reader(in, StandardCharsets.UTF_8));
            case SCB -> new ScbSource(reader(in, StandardCharsets.ISO_8859_1));
        };
        if (source instanceof DelimitedSource d) {
            d.brokenOff(() -> guarded.broken() != null);
        }
        return new BreakCheckingSource(source, guarded);
    }

    /** Reports a break of the input that a parser took for the end of the file. */
    private static final class BreakCheckingSource implements RecordSource {
        private final RecordSource inner;
        private final BreakAwareInputStream guarded;
        private long last;

        BreakCheckingSource(RecordSource inner, BreakAwareInputStream guarded) {
            this.inner = inner;
            this.guarded = guarded;
        }

        @Override
        public SourceRecord next() {
            SourceRecord r = inner.next();
            if (r == null && guarded.broken() != null) {
                throw new ImportFileException("companyimport.failure.truncated", last + 1,
                        "the file breaks off after record " + last + ": " + guarded.broken().getMessage(),
                        guarded.broken());
            }
            if (r != null) {
                last = r.recordNumber();
            }
            return r;
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    private static void sniff(ImportFormat format, InputStream in, BreakAwareInputStream guarded) {
        try {
            in.mark(FileSniffer.HEAD);
            byte[] head = new byte[FileSniffer.HEAD];
            int n = 0;
            boolean complete = false;
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    complete = guarded.broken() == null;
                    break;
                }
                n += r;
            }
            in.reset();
            FileSniffer.check(format, head, n, complete);
        } catch (IOException e) {
            throw failure(e, 0);
        }
    }

    static InputStream decompressed(InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                return new GZIPInputStream(in, 1 << 16); // buffered by the caller, behind the break guard
            }
            return in;
        } catch (IOException e) {
            throw failure(e, 0);
        }
    }

    static Reader reader(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Translates an I/O problem into the failure of the run. */
    static ImportFileException failure(Throwable e, long record) {
        if (e instanceof ImportFileException f) {
            return f;
        }
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof EOFException || cause instanceof ZipException
                || cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        String key;
        if (cause instanceof EOFException || cause instanceof ZipException) {
            key = "companyimport.failure.truncated";
        } else if (cause instanceof CharacterCodingException) {
            key = "companyimport.failure.wrong-encoding";
        } else {
            key = "companyimport.failure.read";
        }
        return new ImportFileException(key, record, String.valueOf(cause.getMessage()), e);
    }
}
