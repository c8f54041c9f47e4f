package news.broadsheet.media.processing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * BENCHMARKS.md's photo figures: processing a 24-megapixel camera-like JPEG (time, peak heap, peak
 * resident memory), and the bytes a 390-pixel-wide phone downloads for it. Run with `make bench-photo`.
 */
public final class PhotoBenchmark {
    private PhotoBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        byte[] original = cameraLike(6000, 4000);
        System.out.printf("original: 6000 x 4000 JPEG (quality 0.92), %,d bytes%n", original.length);
        PhotoProcessor.Processed[] last = new PhotoProcessor.Processed[1];
        BenchHarness.measure(runs, () -> last[0] = PhotoProcessor.process(original, "image/jpeg"));
        PhotoProcessor.Processed out = last[0];
        for (PhotoProcessor.Encoded v : out.variants()) {
            System.out.printf("  %-4s %4d x %4d  %,9d bytes%n", v.format(), v.width(), v.height(), v.bytes().length);
        }
        // A 390 CSS px phone; the article column is calc(100vw - 2rem) = 358 px. Browsers take the narrowest candidate
        // at least sizes x devicePixelRatio wide.
        for (int dpr = 2; dpr <= 3; dpr++) {
            int need = 358 * dpr;
            for (String format : List.of("webp", "jpeg")) {
                PhotoProcessor.Encoded pick = out.variants().stream().filter(v -> v.format().equals(format) && v.width() >= need)
                        .findFirst().orElse(out.variants().get(out.variants().size() - 1));
                System.out.printf("390 px phone at %dx (needs %d px): %s %d w, %,d bytes (%.1f%% of the original)%n", dpr, need, format,
                        pick.width(), pick.bytes().length, 100.0 * pick.bytes().length / original.length);
            }
        }
    }

    /** Smooth light and shade with sensor-like noise: compresses like a photo, unlike a flat test card. */
    static byte[] cameraLike(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(24);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double s = Math.sin(x / 173.0) * Math.cos(y / 211.0) + Math.sin((x + y) / 97.0) * 0.5 + Math.sin(x * y / 900_000.0);
                int base = (int) (128 + 50 * s);
                int r = clamp(base + 40 * (x * 3 / width - 1) + (int) (random.nextGaussian() * 6));
                int g = clamp(base + (int) (random.nextGaussian() * 6));
                int b = clamp(base - 30 * (y * 2 / height) + (int) (random.nextGaussian() * 6));
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
