package news.broadsheet.search;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A bigram is two adjacent UTF-16 units of folded text, packed in an int (first unit high). Its
 * shard is the first four bytes of SHA-256 over the int's four big-endian bytes, modulo the
 * segment's shard count (a power of two). SHA-256 because the browser has it built in
 * ({@code crypto.subtle.digest}) and the JDK too: one well-known hash, no hand-rolled one.
 */
public final class Bigrams {
    private Bigrams() {}

    public static int key(char first, char second) {
        return (first << 16) | second;
    }

    public static int shard(int key, int shards) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ByteBuffer.allocate(4).putInt(key).array());
            return ByteBuffer.wrap(digest).getInt() & (shards - 1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
