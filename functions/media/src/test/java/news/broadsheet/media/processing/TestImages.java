package news.broadsheet.media.processing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Photos made in the test, never downloaded: plain pictures, camera-like EXIF, and damaged or hostile variants of them. */
final class TestImages {
    static final String SERIAL = "CAMERA-SERIAL-4711";
    static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"39,54.5N\"/></rdf:RDF></x:xmpmeta>";

    private TestImages() {}

    /** Stored landscape, top half red and bottom half blue. */
    static BufferedImage redOverBlue(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width, height / 2);
        g.setColor(Color.BLUE);
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A camera JPEG: EXIF orientation 6 (rotate 90° clockwise to show), a GPS position, a body serial number and XMP. */
    static byte[] cameraJpeg(int width, int height) throws Exception {
        byte[] plain = encode(redOverBlue(width, height), "jpg");
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, SERIAL);
        exif.setGpsInDegrees(116.3975, 39.9087);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain, withExif, exif);
        ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp, XMP);
        return withXmp.toByteArray();
    }

    /** A real, small JPEG whose frame header claims another size (a decompression bomb when large). */
    static byte[] jpegDeclaring(int width, int height) {
        byte[] b = encode(redOverBlue(16, 16), "jpg");
        for (int i = 2; i + 8 < b.length; ) {
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xC0 || marker == 0xC2) {
                b[i + 5] = (byte) (height >> 8);
                b[i + 6] = (byte) height;
                b[i + 7] = (byte) (width >> 8);
                b[i + 8] = (byte) width;
                return b;
            }
            i += 2 + length;
        }
        throw new IllegalStateException("no SOF marker");
    }

    /** A real, small PNG whose IHDR claims another size, with the chunk's CRC made right again. */
    static byte[] pngDeclaring(int width, int height) {
        byte[] b = encode(redOverBlue(16, 16), "png");
        putInt(b, 16, width);
        putInt(b, 20, height);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        putInt(b, 29, (int) crc.getValue());
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The APPn markers (0xE0–0xEF) and COM (0xFE) segments of a JPEG, as marker numbers, in order. */
    static List<Integer> jpegMetadataMarkers(byte[] b) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 3 < b.length) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            if ((marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE) {
                markers.add(marker);
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        return markers;
    }

    /** The chunk names of a WebP file (RFC 9649): VP8 / VP8L / VP8X / ALPH carry pixels, EXIF / XMP / ICCP metadata. */
    static List<String> webpChunks(byte[] b) {
        List<String> chunks = new ArrayList<>();
        int i = 12;
        while (i + 8 <= b.length) {
            chunks.add(new String(b, i, 4, java.nio.charset.StandardCharsets.US_ASCII).trim());
            int size = (b[i + 4] & 0xFF) | ((b[i + 5] & 0xFF) << 8) | ((b[i + 6] & 0xFF) << 16) | ((b[i + 7] & 0xFF) << 24);
            i += 8 + size + (size & 1);
        }
        return chunks;
    }

    private static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
