package news.broadsheet.media.processing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * A PNG's EXIF orientation, from its eXIf chunk (PNG Specification, third edition, section 11.3.3.7;
 * registered in 2017): a TIFF header and IFD0, as in a JPEG's APP1, whose Orientation tag (0x0112)
 * browsers honour when they show the PNG. FileStructure has already walked the chunks, so the walk
 * here only has to stop cleanly at anything short or odd: an unreadable eXIf shows the pixels as stored.
 */
final class PngExif {
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private PngExif() {}

    static Orientation orientation(byte[] png) {
        return exif(png).flatMap(PngExif::orientationIn).map(Orientation::typeOf).filter(o -> o != null).orElse(Orientation.TOP_LEFT);
    }

    /** The eXIf chunk's data, if the PNG has one before its image data. */
    private static Optional<ByteBuffer> exif(byte[] png) {
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length < 0 || at + 12L + length > png.length || type.equals("IEND")) {
                return Optional.empty();
            }
            if (type.equals("eXIf")) {
                return Optional.of(ByteBuffer.wrap(png, at + 8, length).slice());
            }
            at += 12 + length;
        }
        return Optional.empty();
    }

    /** IFD0's Orientation value in a TIFF stream ("II" little-endian or "MM" big-endian, then 42, then IFD0's offset). */
    private static Optional<Integer> orientationIn(ByteBuffer tiff) {
        try {
            if (tiff.remaining() < 8) {
                return Optional.empty();
            }
            byte b0 = tiff.get(0);
            byte b1 = tiff.get(1);
            if (b0 == 'I' && b1 == 'I') {
                tiff.order(ByteOrder.LITTLE_ENDIAN);
            } else if (b0 == 'M' && b1 == 'M') {
                tiff.order(ByteOrder.BIG_ENDIAN);
            } else {
                return Optional.empty();
            }
            if (Short.toUnsignedInt(tiff.getShort(2)) != 42) {
                return Optional.empty();
            }
            int ifd = tiff.getInt(4);
            int entries = Short.toUnsignedInt(tiff.getShort(ifd));
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + 12 * i;
                if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG && Short.toUnsignedInt(tiff.getShort(entry + 2)) == SHORT) {
                    return Optional.of(Short.toUnsignedInt(tiff.getShort(entry + 8)));
                }
            }
            return Optional.empty();
        } catch (IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
