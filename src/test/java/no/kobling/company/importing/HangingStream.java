package no.kobling.company.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A file whose read stops in the middle, as a dead node's would: its first {@code cut} bytes, then a read that hangs
 * until {@code kill} is counted down (or a minute passed) and then fails.
 */
public final class HangingStream extends InputStream {

    private final byte[] bytes;
    private final int cut;
    private final CountDownLatch kill;
    private int pos;

    public HangingStream(byte[] bytes, int cut, CountDownLatch kill) {
        this.bytes = bytes;
        this.cut = cut;
        this.kill = kill;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (pos >= cut) {
            try {
                kill.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("node killed");
        }
        int n = Math.min(len, cut - pos);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
    }
}
