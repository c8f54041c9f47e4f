package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Content-Disposition a published print PDF is stored with: a readable name, not its hashed key. A browser
 * saves a file under the header's name before a link's {@code download} value, so the header names it as the
 * reader page's link does, in an RFC 8187 {@code filename*}, with an ASCII {@code filename} for older clients.
 */
class HeaderRulesTest {
    /** RFC 8187 section 3.2.1: ext-value = charset "'" [ language ] "'" value-chars, value-chars = *( pct-encoded / attr-char ). */
    static final Pattern FILENAME_STAR = Pattern.compile("filename\\*=UTF-8''((?:%[0-9A-F]{2}|[A-Za-z0-9!#$&+\\-.^_`|~])+)$");

    static String savedAs(String disposition) {
        Matcher m = FILENAME_STAR.matcher(disposition);
        assertThat(m.find()).as(disposition).isTrue();
        return URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Test
    void aPrintedPagesPdf_isNamedAsTheReaderPagesLinkNamesIt_inAUtf8FilenameStar_withAnAsciiFilename() {
        String header = HeaderRules.contentDisposition("editions/2026-03-12/print/1.cf4f5552d445.pdf", "城南日报");

        assertThat(header).startsWith("inline; filename=\"2026-03-12-1.pdf\"; filename*=UTF-8''");
        assertThat(savedAs(header)).isEqualTo("城南日报 2026年3月12日 第1版.pdf");
    }

    @Test
    void theWholeEditionsPdf_isNamedByThePaperAndItsDate_inAUtf8FilenameStar_withAnAsciiFilename() {
        String header = HeaderRules.contentDisposition("editions/2026-03-12/print/edition.cf4f5552d445.pdf", "城南日报");

        assertThat(header).startsWith("inline; filename=\"2026-03-12.pdf\"; filename*=UTF-8''");
        assertThat(savedAs(header)).isEqualTo("城南日报 2026年3月12日.pdf");
    }

    @Test
    void aPaperNameWithCharactersOutsideAttrChar_isPercentEncoded() {
        String header = HeaderRules.contentDisposition("editions/2026-03-12/print/edition.cf4f5552d445.pdf", "Star*Daily's (晚报)");

        assertThat(savedAs(header)).isEqualTo("Star*Daily's (晚报) 2026年3月12日.pdf");
        assertThat(header).contains("Star%2ADaily%27s%20%28");
    }

    @Test
    void anythingElse_hasNone() {
        assertThat(HeaderRules.contentDisposition("editions/2026-03-12/print/1.phone-828w.cf4f5552d445.webp", "城南日报")).isNull();
        assertThat(HeaderRules.contentDisposition("editions/2026-03-12/pages/1/index.html", "城南日报")).isNull();
    }
}
