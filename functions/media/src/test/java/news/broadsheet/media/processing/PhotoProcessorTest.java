package news.broadsheet.media.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import news.broadsheet.media.Rejection;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhotoProcessorTest {

    @Test
    void cameraJpeg_withOrientation6AndGps_comesOutUpright_withNoMetadataInAnyVariant() throws Exception {
        // GIVEN a landscape-stored 800 × 600 photo, red above blue, that EXIF says to turn 90° clockwise
        byte[] original = TestImages.cameraJpeg(800, 600);
        JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(original);
        assertThat(before.getExif().getGpsInfo()).as("the original has a GPS position").isNotNull();

        PhotoProcessor.Processed out = PhotoProcessor.process(original, "image/jpeg");

        // THEN it is upright: portrait, and what was the top (red) is now on the right
        assertThat(out.width()).isEqualTo(600);
        assertThat(out.height()).isEqualTo(800);
        assertThat(out.variants()).extracting(PhotoProcessor.Encoded::format, PhotoProcessor.Encoded::width)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("jpeg", 320), org.assertj.core.groups.Tuple.tuple("webp", 320),
                        org.assertj.core.groups.Tuple.tuple("jpeg", 600), org.assertj.core.groups.Tuple.tuple("webp", 600));
        for (PhotoProcessor.Encoded v : out.variants()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(v.bytes()));
            assertThat(image.getWidth()).as(v.format() + " " + v.width()).isEqualTo(v.width());
            assertThat(image.getHeight()).isEqualTo(Math.round(v.width() * 4 / 3.0f));
            assertThat(reddish(image.getRGB(image.getWidth() * 3 / 4, image.getHeight() / 2))).as("right half red").isTrue();
            assertThat(bluish(image.getRGB(image.getWidth() / 4, image.getHeight() / 2))).as("left half blue").isTrue();
            // AND no metadata survives: read it back
            String text = new String(v.bytes(), StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("Exif").doesNotContain(TestImages.SERIAL).doesNotContain("adobe:ns:meta")
                    .doesNotContain("GPS");
            if (v.format().equals("jpeg")) {
                assertThat(TestImages.jpegMetadataMarkers(v.bytes())).as("only the JFIF APP0 header").containsExactly(0xE0);
                ImageMetadata read = Imaging.getMetadata(v.bytes());
                assertThat(read == null || ((JpegImageMetadata) read).getExif() == null).isTrue();
            } else {
                assertThat(TestImages.webpChunks(v.bytes())).doesNotContain("EXIF", "XMP").isNotEmpty();
            }
        }
    }

    @Test
    void widths_stepUpToTheImage_andNeverUpscale() {
        assertThat(PhotoProcessor.widthsFor(4000)).containsExactly(320, 640, 960, 1280, 1920);
        assertThat(PhotoProcessor.widthsFor(1920)).containsExactly(320, 640, 960, 1280, 1920);
        assertThat(PhotoProcessor.widthsFor(1000)).containsExactly(320, 640, 960, 1000);
        assertThat(PhotoProcessor.widthsFor(640)).containsExactly(320, 640);
        assertThat(PhotoProcessor.widthsFor(200)).containsExactly(200);
    }

    @Test
    void png_andWebp_areAccepted() {
        byte[] png = TestImages.encode(TestImages.redOverBlue(700, 400), "png");
        PhotoProcessor.Processed fromPng = PhotoProcessor.process(png, "image/png");
        assertThat(fromPng.width()).isEqualTo(700);
        byte[] webp = fromPng.variants().stream().filter(v -> v.format().equals("webp") && v.width() == 700).findFirst().orElseThrow().bytes();
        PhotoProcessor.Processed fromWebp = PhotoProcessor.process(webp, "image/webp");
        assertThat(fromWebp.height()).isEqualTo(400);
    }

    static Stream<Arguments> badFiles() throws Exception {
        byte[] jpeg = TestImages.encode(TestImages.redOverBlue(400, 300), "jpg");
        byte[] png = TestImages.encode(TestImages.redOverBlue(400, 300), "png");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'y'};
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
        return Stream.of(
                Arguments.of("JPEG declaring 30,000 × 30,000 pixels -> too many pixels", TestImages.jpegDeclaring(30_000, 30_000),
                        "image/jpeg", Rejection.TOO_MANY_PIXELS),
                Arguments.of("PNG declaring 30,000 × 30,000 pixels -> too many pixels", TestImages.pngDeclaring(30_000, 30_000),
                        "image/png", Rejection.TOO_MANY_PIXELS),
                Arguments.of("JPEG cut in half -> truncated", Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg", Rejection.TRUNCATED),
                Arguments.of("JPEG without its last two bytes -> truncated", Arrays.copyOf(jpeg, jpeg.length - 2), "image/jpeg",
                        Rejection.TRUNCATED),
                Arguments.of("PNG cut in half -> truncated", Arrays.copyOf(png, png.length / 2), "image/png", Rejection.TRUNCATED),
                Arguments.of("PNG bytes announced as JPEG (photo.jpg) -> wrong type", png, "image/jpeg", Rejection.WRONG_TYPE),
                Arguments.of("JPEG bytes announced as WebP -> wrong type", jpeg, "image/webp", Rejection.WRONG_TYPE),
                Arguments.of("HTML announced as JPEG -> not an image", html, "image/jpeg", Rejection.NOT_AN_IMAGE),
                Arguments.of("JPEG with a ZIP archive after it (polyglot) -> trailing data", TestImages.concat(jpeg, zip), "image/jpeg",
                        Rejection.TRAILING_DATA),
                Arguments.of("PNG with a script after IEND (polyglot) -> trailing data", TestImages.concat(png, html), "image/png",
                        Rejection.TRAILING_DATA),
                Arguments.of("empty file -> wrong size", new byte[0], "image/jpeg", Rejection.WRONG_SIZE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFile_isRejected_withItsReason(String name, byte[] bytes, String declared, Rejection reason) {
        assertThatThrownBy(() -> PhotoProcessor.process(bytes, declared))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(reason))
                .hasMessageNotContaining("null");
    }

    @Test
    void trailingZeros_areNotData() {
        byte[] jpeg = TestImages.encode(TestImages.redOverBlue(400, 300), "jpg");
        assertThat(PhotoProcessor.process(TestImages.concat(jpeg, new byte[64]), "image/jpeg").width()).isEqualTo(400);
    }

    private static boolean reddish(int rgb) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return r > 200 && g < 60 && b < 60;
    }

    private static boolean bluish(int rgb) {
        int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        return b > 200 && r < 60 && g < 60;
    }


    @Test
    void aPhoto16384PixelsTall_getsOnlyTheVariantsWebPCanEncode_eachNoTallerThan16383() {
        // WebP's format stores each side in 14 bits: at most 16,383 pixels (libwebp's WEBP_MAX_DIMENSION).
        // The height is the point; 960 wide (a step of the ladder) keeps the encoding cheap: its own width
        // would be 16,384 tall and is left out, 640 and 320 fit.
        byte[] original = TestImages.encode(new BufferedImage(960, 16_384, BufferedImage.TYPE_INT_RGB), "png");

        PhotoProcessor.Processed out = PhotoProcessor.process(original, "image/png");

        assertThat(out.variants()).isNotEmpty().allSatisfy(v -> assertThat(v.height()).isLessThanOrEqualTo(16_383));
        assertThat(out.variants()).extracting(PhotoProcessor.Encoded::format, PhotoProcessor.Encoded::width).containsExactly(
                org.assertj.core.groups.Tuple.tuple("jpeg", 320), org.assertj.core.groups.Tuple.tuple("webp", 320),
                org.assertj.core.groups.Tuple.tuple("jpeg", 640), org.assertj.core.groups.Tuple.tuple("webp", 640));
    }

    @Test
    void aStripTooTallForWebPAtEveryWidth_isRejectedBeforeEncoding() {
        byte[] original = TestImages.encode(new BufferedImage(20, 16_384, BufferedImage.TYPE_INT_RGB), "png");
        assertThatThrownBy(() -> PhotoProcessor.process(original, "image/png"))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(Rejection.WRONG_DIMENSIONS));
    }

    /** A PNG with an eXIf chunk (PNG 3rd edition, before IDAT) holding a big-endian TIFF with one tag: Orientation. */
    static byte[] pngWithExifOrientation(byte[] png, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        byte[] type = {'e', 'X', 'I', 'f'};
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type);
        crc.update(tiff);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + tiff.length);
        chunk.putInt(tiff.length).put(type).put(tiff).putInt((int) crc.getValue());
        int ihdrEnd = 8 + 8 + 13 + 4; // signature, then IHDR: length, type, 13 bytes, CRC
        return TestImages.concat(TestImages.concat(Arrays.copyOf(png, ihdrEnd), chunk.array()), Arrays.copyOfRange(png, ihdrEnd, png.length));
    }

    @Test
    void aPngWithExifOrientation6_comesOutUpright_asBrowsersShowIt() throws Exception {
        byte[] png = pngWithExifOrientation(TestImages.encode(TestImages.redOverBlue(800, 600), "png"), 6);

        PhotoProcessor.Processed out = PhotoProcessor.process(png, "image/png");

        assertThat(out.width()).isEqualTo(600);
        assertThat(out.height()).isEqualTo(800);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.variants().get(out.variants().size() - 1).bytes()));
        assertThat(reddish(image.getRGB(image.getWidth() * 3 / 4, image.getHeight() / 2))).as("right half red").isTrue();
        assertThat(bluish(image.getRGB(image.getWidth() / 4, image.getHeight() / 2))).as("left half blue").isTrue();
    }
}
