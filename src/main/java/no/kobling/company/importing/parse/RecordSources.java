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

/** Opens the parser of a format over a (possibly gzip-compressed: detected by its magic bytes) input stream. */
public final class RecordSources {

    private RecordSources() {
    }

    public static RecordSource open(ImportFormat format, InputStream raw) {
        InputStream in = decompressed(raw);
        return switch (format) {
            case BRREG_JSON -> JsonRecordSource.brreg(in);
            case PRH_JSON -> JsonRecordSource.prh(in);
            case BRREG_CSV -> new BrregCsvSource(reader(in, StandardCharsets.UTF_8));
            case BOLAGSVERKET -> new BolagsverketSource(reader(in, StandardCharsets.UTF_8));
            case SCB -> new ScbSource(reader(in, StandardCharsets.ISO_8859_1));
        };
    }

    static InputStream decompressed(InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
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
            key = "companyimport.failure.encoding";
        } else {
            key = "companyimport.failure.read";
        }
        return new ImportFileException(key, record, String.valueOf(cause.getMessage()), e);
    }
}
