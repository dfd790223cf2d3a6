package fr.passerelle.engine.index.persist;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes appended in fixed-size blocks, for the large sections a streaming build must hold before it can write them
 * (the sessions' records come after their start offsets; the SIRET and name columns after their end offsets). Unlike
 * a {@link java.io.ByteArrayOutputStream}, growing never copies: at national scale that copy briefly needed twice the
 * section's size on the heap.
 */
final class ChunkedBytes extends OutputStream {
    private final int chunk;
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] current;
    private int used;
    private long size;

    /** @param chunk bytes per block (small in tests, so that values straddle blocks) */
    ChunkedBytes(int chunk) {
        if (chunk <= 0) {
            throw new IllegalArgumentException("chunk size " + chunk);
        }
        this.chunk = chunk;
    }

    @Override
    public void write(int b) {
        if (current == null || used == current.length) {
            next();
        }
        current[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (current == null || used == current.length) {
                next();
            }
            int n = Math.min(len, current.length - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
            size += n;
        }
    }

    private void next() {
        current = new byte[chunk];
        blocks.add(current);
        used = 0;
    }

    long size() {
        return size;
    }

    /** Copies every byte, in order, to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            byte[] block = blocks.get(i);
            out.write(block, 0, i == blocks.size() - 1 ? used : block.length);
        }
    }
}
