package fr.passerelle.importer;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts the bytes read so far, so that progress can be told as a share of the file. */
public final class ProgressInputStream extends FilterInputStream {
    private final long size;
    private long position;

    private ProgressInputStream(InputStream in, long size) {
        super(in);
        this.size = size;
    }

    public static ProgressInputStream open(Path file) throws IOException {
        return new ProgressInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), Files.size(file));
    }

    public long position() {
        return position;
    }

    public long size() {
        return size;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            position += n;
        }
        return n;
    }
}
