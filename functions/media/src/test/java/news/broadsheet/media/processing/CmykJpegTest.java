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

/** Print desks send CMYK JPEGs, often with no embedded ICC profile; they are converted with a generic CMYK profile. */
class CmykJpegTest {

    @Test
    void aCmykJpegWithoutAProfile_isConvertedToSrgb_withPlausibleColours() throws Exception {
        // GIVEN a 4-channel JPEG, left half pure cyan and right half pure magenta, with no ICC profile (no APP2)
        byte[] jpeg = cmykJpeg(64, 32);
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("ICC_PROFILE");

        PhotoProcessor.Processed out = PhotoProcessor.process(jpeg, "image/jpeg");

        assertThat(out.width()).isEqualTo(64);
        for (PhotoProcessor.Encoded v : out.variants()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(v.bytes()));
            assertThat(image.getColorModel().getColorSpace().isCS_sRGB()).as(v.format() + " is sRGB").isTrue();
            int cyan = image.getRGB(image.getWidth() / 4, image.getHeight() / 2);
            int magenta = image.getRGB(image.getWidth() * 3 / 4, image.getHeight() / 2);
            assertThat(red(cyan)).as("cyan: little red").isLessThan(100);
            assertThat(green(cyan)).as("cyan: much green").isGreaterThan(120);
            assertThat(blue(cyan)).as("cyan: much blue").isGreaterThan(180);
            assertThat(red(magenta)).as("magenta: much red").isGreaterThan(180);
            assertThat(green(magenta)).as("magenta: little green").isLessThan(100);
            assertThat(blue(magenta)).as("magenta: much blue").isGreaterThan(80);
        }
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
