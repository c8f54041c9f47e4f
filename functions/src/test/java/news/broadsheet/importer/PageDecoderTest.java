package news.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.DomainException;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.UnsupportedMediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Page exports in the encodings Chinese print systems save, and the refusals for the rest. */
class PageDecoderTest {
    static final String PAGE = "老街夜市重新开张\n\n本报讯 老街夜市昨晚重新开张，摊位一百二十个。(孙丽)\n";

    @ParameterizedTest(name = "charset={0}")
    @ValueSource(strings = {"gb18030", "GBK", "gb2312", "utf-8"})
    void aDeclaredChineseCharset_decodesExactly(String charset) {
        byte[] bytes = PAGE.getBytes(Charset.forName(charset.equalsIgnoreCase("gb2312") ? "GB18030" : charset));
        assertThat(PageDecoder.decode(bytes, charset)).isEqualTo(PAGE);
    }

    @Test
    void gb18030_beyondGbk_decodes() {
        String rare = "𠀀字库外的字";
        assertThat(PageDecoder.decode(rare.getBytes(Charset.forName("GB18030")), "gb18030")).isEqualTo(rare);
    }

    @Test
    void anUndeclaredNonUtf8Body_is415_askingForTheCharset() {
        assertThatThrownBy(() -> PageDecoder.decode(PAGE.getBytes(Charset.forName("GB18030")), null))
                .isInstanceOf(UnsupportedMediaType.class).hasMessageContaining("charset=gb18030");
    }

    @Test
    void aCharsetWeDoNotRead_is415() {
        assertThatThrownBy(() -> PageDecoder.decode(PAGE.getBytes(StandardCharsets.UTF_8), "big5")).isInstanceOf(UnsupportedMediaType.class);
    }

    @Test
    void aBodyAlreadyDecodedWithReplacementCharacters_is422() {
        byte[] garbled = "老街\uFFFD\uFFFD夜市".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PageDecoder.decode(garbled, null)).isInstanceOf(Invalid.class)
                .hasMessageContaining("the file is not UTF-8; send its charset");
    }

    @Test
    void bytesInvalidInTheNamedCharset_are400() {
        assertThatThrownBy(() -> PageDecoder.decode(new byte[] {(byte) 0x81, (byte) 0x20}, "gb18030")).isInstanceOf(BadRequest.class);
    }

    /** GBK bytes of 中文 on the third line, read as UTF-8. */
    static final byte[] GBK_ON_LINE_3 = {'a', '\n', '\n', 'b', (byte) 0xD6, (byte) 0xD0, (byte) 0xCE, (byte) 0xC4, '\n'};

    @ParameterizedTest(name = "charset={0}")
    @ValueSource(strings = {"utf-8", "none"})
    void aRefusal_namesTheCharsetRead_theOnesOffered_andTheLineOfTheFirstBadByte(String charset) {
        assertThatThrownBy(() -> PageDecoder.decode(GBK_ON_LINE_3, charset.equals("none") ? null : charset))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.extensions())
                        .containsEntry("charset", "utf-8")
                        .containsEntry("charsets", PageDecoder.CHARSETS)
                        .containsEntry("line", 3));
    }

    @Test
    void bytesInvalidInGb18030_nameGb18030_andTheirLine() {
        assertThatThrownBy(() -> PageDecoder.decode(new byte[] {'x', '\n', (byte) 0x81, (byte) 0x20}, "GB18030"))
                .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.extensions())
                        .containsEntry("charset", "gb18030").containsEntry("line", 2));
    }

    @Test
    void replacementCharacters_nameUtf8_andTheLineOfTheFirst() {
        byte[] garbled = "老街\n夜\uFFFD市".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PageDecoder.decode(garbled, null))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.extensions())
                        .containsEntry("charset", "utf-8").containsEntry("line", 2));
    }
}
