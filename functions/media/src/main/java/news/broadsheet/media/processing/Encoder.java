package news.broadsheet.media.processing;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes pixels only: neither encoder is given any metadata, so no EXIF, GPS, XMP, maker note or
 * comment can reach a variant (the JPEG carries only its JFIF header).
 */
public final class Encoder {
    /** Quality 0.82 (JPEG) and 0.80 (WebP): the usual point past which bytes grow faster than visible detail. */
    static final float JPEG_QUALITY = 0.82f;
    static final float WEBP_QUALITY = 0.80f;

    private Encoder() {}

    public static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = writer("image/jpeg", "com.sun.imageio.");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, image, param);
    }

    public static byte[] webp(BufferedImage image) {
        ImageWriter writer = writer("image/webp", "com.luciad.");
        WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(CompressionType.Lossy);
        param.setCompressionQuality(WEBP_QUALITY);
        return write(writer, image, param);
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter writer(String mimeType, String preferredPackage) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mimeType);
        ImageWriter chosen = null;
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (chosen == null || w.getClass().getName().startsWith(preferredPackage)) {
                chosen = w;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no ImageIO writer for " + mimeType);
        }
        return chosen;
    }
}
