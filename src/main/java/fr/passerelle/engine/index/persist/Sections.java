package fr.passerelle.engine.index.persist;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Arrays in a payload: a count, then the values, big-endian (what {@link DataOutputStream} writes). */
public final class Sections {
    private Sections() {
    }

    /** Reads a count and checks that that many items of {@code width} bytes can follow (a damaged count fails here). */
    public static int count(ByteBuffer in, int width) throws IndexFileException {
        if (in.remaining() < 4) {
            throw new IndexFileException("index tronqué");
        }
        int count = in.getInt();
        if (count < 0 || (long) count * width > in.remaining()) {
            throw new IndexFileException("nombre d'éléments incohérent dans l'index : " + count);
        }
        return count;
    }

    public static void writeInts(DataOutputStream out, int[] values, int length) throws IOException {
        out.writeInt(length);
        for (int i = 0; i < length; i++) {
            out.writeInt(values[i]);
        }
    }

    public static int[] readInts(ByteBuffer in) throws IndexFileException {
        int[] values = new int[count(in, 4)];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * values.length);
        return values;
    }

    public static void writeDoubles(DataOutputStream out, double[] values, int length) throws IOException {
        out.writeInt(length);
        for (int i = 0; i < length; i++) {
            out.writeDouble(values[i]);
        }
    }

    public static double[] readDoubles(ByteBuffer in) throws IndexFileException {
        double[] values = new double[count(in, 8)];
        in.asDoubleBuffer().get(values);
        in.position(in.position() + 8 * values.length);
        return values;
    }

    public static void writeBytes(DataOutputStream out, byte[] values, int length) throws IOException {
        out.writeInt(length);
        out.write(values, 0, length);
    }

    public static byte[] readBytes(ByteBuffer in) throws IndexFileException {
        byte[] values = new byte[count(in, 1)];
        in.get(values);
        return values;
    }

    public static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    public static long[] readLongs(ByteBuffer in) throws IndexFileException {
        long[] values = new long[count(in, 8)];
        in.asLongBuffer().get(values);
        in.position(in.position() + 8 * values.length);
        return values;
    }

    /** A text: its UTF-8 length (-1 for null), then its bytes. */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readString(ByteBuffer in) throws IndexFileException {
        if (in.remaining() < 4) {
            throw new IndexFileException("index tronqué");
        }
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IndexFileException("longueur de texte incohérente dans l'index : " + length);
        }
        byte[] b = new byte[length];
        in.get(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
