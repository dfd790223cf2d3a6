package fr.passerelle.importer.training;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.importer.ImportWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XML file's characters, decoded here rather than by the JDK's StAX parser: in the encoding the document declares
 * (or its byte-order mark says), UTF-8 otherwise. Bytes that are not in that encoding become U+FFFD and the line of
 * the first of them is kept, so the importer can say where the file is not what it claims, instead of the parser
 * printing {@code [Fatal Error]} on stderr and the file going unrecognised.
 */
final class XmlSource extends Reader {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final int SNIFF = 512;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Charset charset;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean endOfInput;
    private boolean flushed;
    private long line = 1;
    private long malformedLine;

    private XmlSource(InputStream in, Charset charset, byte[] start, int startLength, int skip) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.put(start, skip, startLength - skip);
        bytes.flip();
        chars.flip();
    }

    /** Opens the stream, detecting its encoding from the first bytes. */
    static XmlSource open(InputStream in) throws IOException {
        byte[] start = in.readNBytes(SNIFF);
        int n = start.length;
        if (n >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            return new XmlSource(in, StandardCharsets.UTF_8, start, n, 3);
        }
        if (n >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            return new XmlSource(in, StandardCharsets.UTF_16BE, start, n, 2);
        }
        if (n >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            return new XmlSource(in, StandardCharsets.UTF_16LE, start, n, 2);
        }
        Matcher declared = DECLARED.matcher(new String(start, 0, n, StandardCharsets.ISO_8859_1));
        Charset charset = StandardCharsets.UTF_8;
        if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UnsupportedEncodingDeclared(declared.group(1));
            }
        }
        return new XmlSource(in, charset, start, n, 0);
    }

    /** The line of the first bytes that are not in the document's encoding, 0 while there are none. */
    long malformedLine() {
        return malformedLine;
    }

    Charset charset() {
        return charset;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes more characters; false at the end of the input. */
    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!endOfInput && bytes.remaining() < 16) {
                    bytes.compact();
                    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (read < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + read);
                    }
                    bytes.flip();
                }
                int before = chars.position();
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                countLines(before);
                if (result.isError()) {
                    if (malformedLine == 0) {
                        malformedLine = line;
                    }
                    bytes.position(bytes.position() + result.length());
                    if (chars.hasRemaining()) {
                        chars.put('\uFFFD');
                    }
                } else if (result.isUnderflow() && endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
                if (result.isOverflow()) {
                    break;
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void countLines(int from) {
        for (int i = from; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The XML declaration names an encoding this Java does not know. */
    static final class UnsupportedEncodingDeclared extends IOException {
        private static final long serialVersionUID = 1L;

        private final String name;

        UnsupportedEncodingDeclared(String name) {
            super(MessageRenderer.french().render(said(name)));
            this.name = name;
        }

        /** The same in words, to say it in the reader's language. */
        Message said() {
            return said(name);
        }

        private static Message said(String name) {
            return ImportWords.say("import.xml.charset", name);
        }
    }
}
