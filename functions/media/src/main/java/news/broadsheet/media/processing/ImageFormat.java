package news.broadsheet.media.processing;

import java.util.Arrays;
import java.util.Optional;

/** The photo formats accepted, told apart by their first bytes (their "magic"), never by name or declared type. */
public enum ImageFormat {
    /** JPEG/JFIF/EXIF: SOI marker followed by another marker (ITU T.81, B.1.1.3). */
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** PNG: the eight-byte signature (RFC 2083, 3.1). */
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    /** WebP: a RIFF container of form type WEBP (RFC 9649, 2.5). */
    WEBP("image/webp", new byte[] {'R', 'I', 'F', 'F'});

    private final String contentType;
    private final byte[] magic;

    ImageFormat(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The format whose signature the bytes start with. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        for (ImageFormat f : values()) {
            if (startsWith(bytes, f.magic) && (f != WEBP || isWebp(bytes))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static boolean isWebp(byte[] b) {
        return b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
