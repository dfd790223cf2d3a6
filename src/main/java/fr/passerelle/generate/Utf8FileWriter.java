package fr.passerelle.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A buffered UTF-8 file writer without the per-call locking of BufferedWriter: the JDK's XMLStreamWriter writes many
 * tiny strings, and the locks cost more than the XML. Single-threaded use only.
 */
final class Utf8FileWriter extends Writer {
    private static final int CAPACITY = 1 << 15;

    private final OutputStream out;
    private final char[] chars = new char[CAPACITY];
    private final ByteBuffer bytes = ByteBuffer.allocate(CAPACITY * 3 + 8);   // UTF-8 needs at most 3 bytes per char
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private int count;

    Utf8FileWriter(Path file) throws IOException {
        this.out = Files.newOutputStream(file);
    }

    @Override
    public void write(int c) throws IOException {
        if (count == CAPACITY) {
            drain(false);
        }
        chars[count++] = (char) c;
    }

    @Override
    public void write(char[] source, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(length, CAPACITY - count);
            System.arraycopy(source, offset, chars, count, n);
            count += n;
            offset += n;
            length -= n;
            if (count == CAPACITY) {
                drain(false);
            }
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        while (length > 0) {
            int n = Math.min(length, CAPACITY - count);
            text.getChars(offset, offset + n, chars, count);
            count += n;
            offset += n;
            length -= n;
            if (count == CAPACITY) {
                drain(false);
            }
        }
    }

    /** Encodes the buffer; a high surrogate at its end waits for its pair unless this is the end of input. */
    private void drain(boolean endOfInput) throws IOException {
        CharBuffer in = CharBuffer.wrap(chars, 0, count);
        encoder.encode(in, bytes, endOfInput);
        if (endOfInput) {
            encoder.flush(bytes);
            encoder.reset();
        }
        out.write(bytes.array(), 0, bytes.position());
        bytes.clear();
        int left = in.remaining();
        System.arraycopy(chars, in.position(), chars, 0, left);
        count = left;
    }

    @Override
    public void flush() throws IOException {
        drain(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain(true);
        } finally {
            out.close();
        }
    }
}
