package news.broadsheet.media.processing;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;

/**
 * The colour profile a CMYK JPEG that carries none of its own is read with: CGATS TR 001
 * ("SWOP"), the characterisation of standard coated web offset that Photoshop's U.S. Web Coated (SWOP)
 * v2 also follows, as {@code CGATS001Compat-v2-micro.icc} (8,464 bytes, CC0 1.0; Clinton Ingram's
 * Compact-ICC-Profiles, the CMYK profile Apache PDFBox ships). Without it TwelveMonkeys converts with
 * a naive formula, which makes 100% cyan the screen's brightest cyan (#00FFFF) rather than the
 * printed one (#00AEEF).
 *
 * <p>For the usual kind, Adobe CMYK (APP14 transform 0), the decoder is asked for the samples as
 * stored and the JDK's colour management converts them with this profile; YCCK and CMYK without
 * APP14 are still left to the decoder's own conversion. The profile is not embedded in the file for
 * the decoder instead: it describes the device to the connection space only (A2B0), all this
 * direction needs, and TwelveMonkeys refuses a profile it cannot also convert back with.
 */
final class CmykProfile {
    private static final byte[] ICC_ID = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ADOBE_ID = "Adobe".getBytes(StandardCharsets.ISO_8859_1);
    private static final ICC_Profile PROFILE = load();

    private CmykProfile() {}

    /** How a JPEG without an ICC profile of its own stores CMYK, when it does. */
    enum Samples {
        /**
         * Not CMYK, or with its own profile, or headers that do not parse, or a kind whose samples the
         * decoder hands over in a form it does not document (YCCK, and four components without APP14,
         * which it reads with inverted samples): the decoder alone judges it.
         */
        NOT_OURS,
        /** CMYK with Adobe's APP14 (transform 0), as Photoshop and print systems write it: 255 is no ink. */
        CMYK_INVERTED
    }

    /**
     * Which {@link Samples} {@code jpeg} holds.
     */
    static Samples samples(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return Samples.NOT_OURS;
        }
        boolean fourComponents = false;
        int adobeTransform = -1;
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return Samples.NOT_OURS;
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) { // a fill byte before the marker
                i++;
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) { // markers without a length
                i += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // start of scan: the headers are over
                break;
            }
            int length = (jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF;
            if (length < 2 || i + 2 + length > jpeg.length) {
                return Samples.NOT_OURS;
            }
            if (marker == 0xE2 && startsWith(jpeg, i + 4, ICC_ID)) {
                return Samples.NOT_OURS; // its own profile (ICC.1 Annex B.4), which the decoder applies
            }
            if (marker == 0xEE && length >= 14 && startsWith(jpeg, i + 4, ADOBE_ID)) {
                adobeTransform = jpeg[i + 15] & 0xFF; // after "Adobe", version, flags0, flags1
            }
            if (startOfFrame(marker) && length >= 8) {
                fourComponents = (jpeg[i + 9] & 0xFF) == 4; // after length, precision, height, width
            }
            i += 2 + length;
        }
        return fourComponents && adobeTransform == 0 ? Samples.CMYK_INVERTED : Samples.NOT_OURS;
    }

    /** The decoder's type for CMYK samples as stored (no colour conversion), if it offers one. */
    static Optional<ImageTypeSpecifier> cmykType(ImageReader reader) throws IOException {
        for (Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0); types.hasNext(); ) {
            ImageTypeSpecifier type = types.next();
            if (type.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code cmyk}'s samples as the decoder gives them when asked for CMYK ({@link Samples#CMYK_INVERTED}:
     * as stored, 255 for no ink), converted to sRGB with the standard profile (relative colorimetric,
     * as the profile's header asks).
     */
    static BufferedImage toSrgb(BufferedImage cmyk) {
        WritableRaster ink = cmyk.getRaster();
        int[] row = new int[ink.getWidth() * ink.getNumBands()];
        for (int y = 0; y < ink.getHeight(); y++) {
            ink.getPixels(0, y, ink.getWidth(), 1, row);
            for (int k = 0; k < row.length; k++) {
                row[k] = 255 - row[k];
            }
            ink.setPixels(0, y, ink.getWidth(), 1, row);
        }
        BufferedImage rgb = new BufferedImage(cmyk.getWidth(), cmyk.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        new ColorConvertOp(new ICC_Profile[] {PROFILE, ICC_Profile.getInstance(ColorSpace.CS_sRGB)}, null).filter(ink, rgb.getRaster());
        return rgb;
    }

    /** SOF0–SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean startOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static ICC_Profile load() {
        try (InputStream in = CmykProfile.class.getResourceAsStream("CGATS001Compat-v2-micro.icc")) {
            if (in == null) {
                throw new IllegalStateException("CGATS001Compat-v2-micro.icc is missing from the jar");
            }
            return ICC_Profile.getInstance(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
