package news.broadsheet.media.processing;

import news.broadsheet.media.Rejection;

/**
 * Walks a file's container structure (JPEG markers, PNG chunks, the WebP RIFF header) to find where
 * the image ends, without decoding. A file that stops before that point is truncated; one that goes
 * on after it carries something else (a script, an archive, a document) and is refused as a
 * polyglot, since nothing a photo needs lives there.
 */
final class FileStructure {
    private FileStructure() {}

    /** Throws {@link Rejected} for a truncated file or trailing data. */
    static void check(ImageFormat format, byte[] b) {
        int end = switch (format) {
            case JPEG -> jpegEnd(b, 0);
            case PNG -> pngEnd(b);
            case WEBP -> webpEnd(b);
        };
        if (format == ImageFormat.JPEG) {
            // The Multi-Picture Format (CIPA DC-007) stores further JPEGs (previews, depth maps) right after the first.
            while (end + 3 <= b.length && (b[end] & 0xFF) == 0xFF && (b[end + 1] & 0xFF) == 0xD8 && (b[end + 2] & 0xFF) == 0xFF) {
                end = jpegEnd(b, end);
            }
        }
        for (int i = end; i < b.length; i++) {
            if (b[i] != 0) {
                throw new Rejected(Rejection.TRAILING_DATA, (b.length - end) + " bytes follow the end of the " + format.name()
                        + " image; a photo has nothing there, so the file is also something else");
            }
        }
    }

    /** The offset just past the EOI marker of the JPEG starting at {@code start} (ITU T.81, annex B). */
    static int jpegEnd(byte[] b, int start) {
        int pos = start + 2;
        while (true) {
            if (pos + 1 >= b.length) {
                throw truncated("JPEG", "before its end-of-image marker");
            }
            if ((b[pos] & 0xFF) != 0xFF) {
                throw new Rejected(Rejection.UNDECODABLE, "the JPEG's marker structure is broken at byte " + pos);
            }
            int marker = b[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xD9) {
                return pos + 2;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (pos + 3 >= b.length) {
                throw truncated("JPEG", "inside a segment header");
            }
            int length = ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
            pos += 2 + length;
            if (pos > b.length) {
                throw truncated("JPEG", "inside a segment");
            }
            if (marker == 0xDA) {
                pos = endOfEntropyCodedData(b, pos);
            }
        }
    }

    /** Scan data runs until a marker other than a stuffed zero or a restart marker. */
    private static int endOfEntropyCodedData(byte[] b, int pos) {
        while (pos + 1 < b.length) {
            if ((b[pos] & 0xFF) == 0xFF) {
                int next = b[pos + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    pos += 2;
                    continue;
                }
                if (next != 0xFF) {
                    return pos;
                }
            }
            pos++;
        }
        throw truncated("JPEG", "inside the image data");
    }

    /** The offset just past the IEND chunk (RFC 2083, 3.2 and 4.1.4). */
    static int pngEnd(byte[] b) {
        int pos = 8;
        while (pos + 8 <= b.length) {
            long length = ((long) (b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
            boolean iend = b[pos + 4] == 'I' && b[pos + 5] == 'E' && b[pos + 6] == 'N' && b[pos + 7] == 'D';
            long next = pos + 12L + length;
            if (next > b.length) {
                throw truncated("PNG", "inside a chunk");
            }
            pos = (int) next;
            if (iend) {
                return pos;
            }
        }
        throw truncated("PNG", "before its IEND chunk");
    }

    /** The RIFF header's size plus the 8 bytes of the header itself (RFC 9649, 2.5). */
    static int webpEnd(byte[] b) {
        long size = (b[4] & 0xFF) | ((b[5] & 0xFF) << 8) | ((b[6] & 0xFF) << 16) | ((long) (b[7] & 0xFF) << 24);
        long end = 8 + size;
        if (end > b.length) {
            throw truncated("WebP", "before the end its RIFF header announces");
        }
        return (int) end;
    }

    private static Rejected truncated(String format, String where) {
        return new Rejected(Rejection.TRUNCATED, "the " + format + " file ends " + where + "; upload the whole file again");
    }
}
