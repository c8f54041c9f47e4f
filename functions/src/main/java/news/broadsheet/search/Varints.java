package news.broadsheet.search;

import java.io.ByteArrayOutputStream;

/** Unsigned LEB128 varints (7 bits a byte, low first), the encoding of every number in a shard. */
final class Varints {
    private Varints() {}

    static void write(ByteArrayOutputStream out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("varints here are unsigned: " + value);
        }
        while (value >= 0x80) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    /** Reads one varint at {@code at[0]} and advances it. */
    static long read(byte[] in, int[] at) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in[at[0]++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
    }
}
