package news.broadsheet.media.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Print desks send CMYK JPEGs, often with no embedded ICC profile; they are converted with a standard
 * CMYK profile (CGATS TR 001, "SWOP"), not with a naive formula that makes 100% cyan a screen's
 * brightest cyan.
 */
class CmykJpegTest {

    @Test
    void aCmykJpegWithoutAProfile_isConvertedWithTheStandardSwopProfile_solidInksGetTheirKnownSrgbValues() throws Exception {
        // GIVEN a 4-channel JPEG, left half 100% cyan and right half 100% magenta, with no ICC profile (no APP2)
        byte[] jpeg = cmykJpeg(64, 32);
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("ICC_PROFILE");

        PhotoProcessor.Processed out = PhotoProcessor.process(jpeg, "image/jpeg");

        assertThat(out.width()).isEqualTo(64);
        for (PhotoProcessor.Encoded v : out.variants()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(v.bytes()));
            assertThat(image.getColorModel().getColorSpace().isCS_sRGB()).as(v.format() + " is sRGB").isTrue();
            // THEN the solids read as a SWOP press prints them (Photoshop's U.S. Web Coated (SWOP) v2 gives
            // C100 = #00AEEF and M100 = #EC008C, relative colorimetric); the naive formula gives #00FFFF and #FF00FF.
            assertRgb(v.format() + " cyan", image.getRGB(image.getWidth() / 4, image.getHeight() / 2), 0, 174, 239);
            assertRgb(v.format() + " magenta", image.getRGB(image.getWidth() * 3 / 4, image.getHeight() / 2), 236, 0, 140);
        }
    }

    @Test
    void onlyCmykWithoutItsOwnProfile_isConvertedHere() {
        byte[] sof = {(byte) 0xFF, (byte) 0xC0, 0, 20, 8, 0, 1, 0, 1, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0};
        byte[] icc = {(byte) 0xFF, (byte) 0xE2, 0, 16, 'I', 'C', 'C', '_', 'P', 'R', 'O', 'F', 'I', 'L', 'E', 0, 1, 1};
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] soi = {(byte) 0xFF, (byte) 0xD8};
        byte[] eoi = {(byte) 0xFF, (byte) 0xD9};
        assertThat(CmykProfile.samples(concat(soi, sof, eoi))).as("no APP14").isEqualTo(CmykProfile.Samples.NOT_OURS);
        assertThat(CmykProfile.samples(concat(soi, adobe, sof, eoi))).isEqualTo(CmykProfile.Samples.CMYK_INVERTED);
        assertThat(CmykProfile.samples(concat(soi, icc, adobe, sof, eoi))).as("its own profile").isEqualTo(CmykProfile.Samples.NOT_OURS);
        adobe[15] = 2;
        assertThat(CmykProfile.samples(concat(soi, adobe, sof, eoi))).as("YCCK").isEqualTo(CmykProfile.Samples.NOT_OURS);
        sof[9] = 3;
        assertThat(CmykProfile.samples(concat(soi, sof, eoi))).as("three components").isEqualTo(CmykProfile.Samples.NOT_OURS);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Within 6 of each channel: JPEG and WebP compression move a flat colour by a few levels. */
    private static void assertRgb(String what, int argb, int r, int g, int b) {
        assertThat(new int[] {red(argb), green(argb), blue(argb)}).as(what + String.format(" #%06X", argb & 0xFFFFFF))
                .satisfies(rgb -> {
                    assertThat(rgb[0]).isBetween(r - 6, r + 6);
                    assertThat(rgb[1]).isBetween(g - 6, g + 6);
                    assertThat(rgb[2]).isBetween(b - 6, b + 6);
                });
    }

    /**
     * A CMYK JPEG as Photoshop and print systems write it: an Adobe APP14 segment (transform 0: the
     * four channels are C, M, Y, K as stored), samples inverted (255 = no ink), and no ICC profile.
     */
    private static byte[] cmykJpeg(int width, int height) throws Exception {
        BufferedImage carrier = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        WritableRaster raster = carrier.getRaster().createCompatibleWritableRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean left = x < width / 2;
                int[] ink = left ? new int[] {255, 0, 0, 0} : new int[] {0, 255, 0, 0}; // C, M, Y, K, 0..255
                raster.setPixel(x, y, new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]});
            }
        }
        ImageWriter writer = jdkJpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        return withAdobeSegment(bytes.toByteArray());
    }

    /** Inserts APP14 "Adobe", version 100, no flags, transform 0, right after SOI. */
    private static byte[] withAdobeSegment(byte[] jpeg) {
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] out = new byte[jpeg.length + app14.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(app14, 0, out, 2, app14.length);
        System.arraycopy(jpeg, 2, out, 2 + app14.length, jpeg.length - 2);
        return out;
    }

    private static ImageWriter jdkJpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.canWriteRasters()) {
                return w;
            }
        }
        throw new IllegalStateException("no JPEG writer that writes rasters");
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    private static int blue(int argb) {
        return argb & 0xFF;
    }

}
