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
    private int lastNonBlank = -1;

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

    /** True when the last non-blank byte read so far is a double quote. */
    boolean endsWithQuote() {
        return lastNonBlank == '"';
    }

    public long size() {
        return size;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            position++;
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                lastNonBlank = b;
            }
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            position += n;
            for (int i = offset + n - 1; i >= offset; i--) {
                byte b = buffer[i];
                if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
                    lastNonBlank = b;
                    break;
                }
            }
        }
        return n;
    }
}
