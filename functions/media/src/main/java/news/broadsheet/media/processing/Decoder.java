package news.broadsheet.media.processing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import news.broadsheet.media.Rejection;

/**
 * Decodes a whole image after checking the pixel count its header declares, so that a small file
 * announcing 30,000 × 30,000 pixels (a decompression bomb) is refused before any memory is taken.
 * Any warning from the decoder counts as damage: we publish nothing we could not read cleanly.
 * A CMYK or YCCK JPEG without an embedded ICC profile (usual from print desks) is read with the
 * standard one of {@link CmykProfile}; should the decoder still find none (headers it reads that we
 * do not), its warning that it falls back to a generic conversion is not damage either.
 */
final class Decoder {
    /** The most pixels decoded: 64 megapixels (a 61-megapixel full-frame camera fits), some 256 MB as ARGB. */
    static final long MAX_PIXELS = 64_000_000L;
    /** The longest side decoded: panoramas up to 16,384 pixels. */
    static final int MAX_SIDE = 16_384;

    /**
     * TwelveMonkeys' JPEG reader's warning for CMYK/YCCK without a profile (imageio-jpeg 3.14); the
     * CMYK test fails if a new version words it otherwise.
     */
    private static final String NO_CMYK_PROFILE = "No embedded ICC color profile";

    /** The decoded pixels as stored, and the EXIF orientation (a JPEG's APP1, a PNG's eXIf) that says how to show them. */
    record Decoded(BufferedImage image, Orientation orientation) {}

    static {
        // No disk cache: Lambda's /tmp is small and the bytes are already in memory.
        ImageIO.setUseCache(false);
    }

    private Decoder() {}

    static Decoded decode(ImageFormat format, byte[] bytes) {
        ImageReader reader = readerFor(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> {
            if (!(format == ImageFormat.JPEG && warning.startsWith(NO_CMYK_PROFILE))) {
                warnings.add(warning);
            }
        });
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, false);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                throw new Rejected(Rejection.TOO_MANY_PIXELS, "the image declares " + width + " × " + height
                        + " pixels; at most " + MAX_PIXELS / 1_000_000 + " megapixels and " + MAX_SIDE + " pixels a side are processed");
            }
            Orientation orientation = format == ImageFormat.JPEG ? orientation(reader)
                    : format == ImageFormat.PNG ? PngExif.orientation(bytes) : Orientation.TOP_LEFT;
            CmykProfile.Samples stored = format == ImageFormat.JPEG ? CmykProfile.samples(bytes) : CmykProfile.Samples.NOT_OURS;
            var cmyk = stored == CmykProfile.Samples.NOT_OURS ? java.util.Optional.<javax.imageio.ImageTypeSpecifier>empty()
                    : CmykProfile.cmykType(reader);
            BufferedImage image;
            if (cmyk.isPresent()) {
                javax.imageio.ImageReadParam asStored = reader.getDefaultReadParam();
                asStored.setDestinationType(cmyk.get());
                image = CmykProfile.toSrgb(reader.read(0, asStored));
            } else {
                image = reader.read(0);
            }
            if (!warnings.isEmpty()) {
                throw new Rejected(Rejection.UNDECODABLE, "the image data is damaged: " + warnings.get(0));
            }
            return new Decoded(image, orientation);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Rejected r) {
                throw r;
            }
            throw new Rejected(Rejection.UNDECODABLE, "the " + format.name() + " image does not decode: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            reader.dispose();
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            Orientation o = ExifUtils.getExifOrientation(reader, 0);
            return o == null ? Orientation.TOP_LEFT : o;
        } catch (IOException | RuntimeException e) {
            return Orientation.TOP_LEFT; // unreadable EXIF: show the pixels as stored
        }
    }

    /** TwelveMonkeys' readers where they exist (more tolerant of real camera files, colour-managed), else the JDK's. */
    private static ImageReader readerFor(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.contentType());
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            if (chosen == null || r.getClass().getName().startsWith("com.twelvemonkeys.")) {
                chosen = r;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no ImageIO reader for " + format.contentType());
        }
        return chosen;
    }
}
