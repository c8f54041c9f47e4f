package news.broadsheet.media.processing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import news.broadsheet.media.MediaRules;
import news.broadsheet.media.Rejection;

/**
 * Turns an uploaded original into web variants, or refuses it. In order: size, magic bytes against
 * the announced type, container structure (truncation, trailing data), declared pixel count, a full
 * decode, EXIF orientation, then JPEG and WebP at each width of {@link #WIDTHS} the image reaches
 * (never upscaled; an image narrower than the widest step also gets a variant at its own width; a
 * width whose variant would pass {@link #MAX_SIDE} is left out).
 * Pure: bytes in, bytes out, no I/O.
 */
public final class PhotoProcessor {
    /** Widths in CSS pixels × device pixel ratio that the site's layouts and phones ask for. */
    public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1920);

    /**
     * The longest side either encoder is given: WebP stores each side in 14 bits (libwebp's
     * WEBP_MAX_DIMENSION, 16,383); baseline JPEG allows 65,535, so WebP's limit binds both.
     */
    public static final int MAX_SIDE = 16_383;

    /** One encoded variant: {@code format} is {@code jpeg} or {@code webp}. */
    public record Encoded(String format, int width, int height, byte[] bytes) {}

    /** The upright image's size and its variants, narrowest first, JPEG and WebP at each width. */
    public record Processed(int width, int height, List<Encoded> variants) {}

    private PhotoProcessor() {}

    /**
     * @param original the uploaded bytes
     * @param declaredType the content type announced when the upload was requested
     * @throws Rejected with the reason, when the file must not be published
     */
    public static Processed process(byte[] original, String declaredType) {
        if (original.length == 0 || original.length > MediaRules.MAX_BYTES) {
            throw new Rejected(Rejection.WRONG_SIZE, "the file is " + original.length + " bytes; 1 to " + MediaRules.MAX_BYTES + " are accepted");
        }
        ImageFormat format = ImageFormat.sniff(original).orElseThrow(() -> new Rejected(Rejection.NOT_AN_IMAGE,
                "the file does not start like a JPEG, PNG or WebP image"));
        if (!format.contentType().equals(declaredType)) {
            throw new Rejected(Rejection.WRONG_TYPE, "the file is a " + format.name() + " image but was announced as " + declaredType);
        }
        FileStructure.check(format, original);
        Decoder.Decoded decoded = Decoder.decode(format, original);
        BufferedImage upright = opaqueRgb(ExifFilterUtils.getFilterForOrientation(decoded.orientation()).apply(decoded.image()));
        return new Processed(upright.getWidth(), upright.getHeight(), variants(upright));
    }

    /** Widths for an image {@code width} pixels wide: the steps it reaches, plus its own width below the widest step. */
    static List<Integer> widthsFor(int width) {
        List<Integer> out = new ArrayList<>(WIDTHS.stream().filter(w -> w <= width).toList());
        if (width < WIDTHS.get(WIDTHS.size() - 1) && !out.contains(width)) {
            out.add(width);
        }
        return out;
    }

    /**
     * The widths whose variant stays within {@link #MAX_SIDE}, checked before anything is encoded; a
     * tall image loses only its widest steps. {@link Rejected} when none fits.
     */
    static List<Integer> encodableWidths(int width, int height) {
        List<Integer> out = widthsFor(width).stream()
                .filter(w -> Math.ceil((double) height * w / width) <= MAX_SIDE).toList();
        if (out.isEmpty()) {
            throw new Rejected(Rejection.WRONG_DIMENSIONS, "the image is " + width + " × " + height
                    + " pixels; no variant of it fits the " + MAX_SIDE + " pixels a side that WebP can encode");
        }
        return out;
    }

    private static List<Encoded> variants(BufferedImage upright) {
        List<Integer> widths = encodableWidths(upright.getWidth(), upright.getHeight());
        List<Encoded> out = new ArrayList<>();
        // Widest first, each step scaled from the one before: cheaper than from the original every time, and as sharp.
        BufferedImage source = upright;
        List<Encoded> reversed = new ArrayList<>();
        for (int i = widths.size() - 1; i >= 0; i--) {
            BufferedImage scaled = scale(source, widths.get(i));
            reversed.add(new Encoded("webp", scaled.getWidth(), scaled.getHeight(), Encoder.webp(scaled)));
            reversed.add(new Encoded("jpeg", scaled.getWidth(), scaled.getHeight(), Encoder.jpeg(scaled)));
            source = scaled;
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            out.add(reversed.get(i));
        }
        return out;
    }

    private static BufferedImage scale(BufferedImage image, int width) {
        if (image.getWidth() == width) {
            return image;
        }
        try {
            return opaqueRgb(Thumbnails.of(image).width(width).asBufferedImage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both encoders want opaque 8-bit RGB; transparency is laid on white, as on newsprint. */
    private static BufferedImage opaqueRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
