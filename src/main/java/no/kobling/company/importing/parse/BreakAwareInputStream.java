package no.kobling.company.importing.parse;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Turns the break of a cut-off compressed file (an {@link EOFException} or {@link ZipException} from the inflater)
 * into a plain end of input, and remembers it. Without this, a reader that decodes ahead (InputStreamReader fills
 * 8 KB at a time, the CSV reader 64 K characters) would lose the complete records it had already decoded together
 * with the exception; with it the parser reads every byte before the break, and {@link #broken()} tells that the
 * end was not the file's end.
 */
final class BreakAwareInputStream extends FilterInputStream {

    private IOException failure;

    BreakAwareInputStream(InputStream in) {
        super(in);
    }

    /** The cause of the break, or null while (or if) the input ended normally. */
    IOException broken() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        if (failure != null) {
            return -1;
        }
        try {
            return super.read();
        } catch (EOFException | ZipException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            return -1;
        }
        try {
            return super.read(b, off, len);
        } catch (EOFException | ZipException e) {
            failure = e;
            return -1;
        }
    }
}
