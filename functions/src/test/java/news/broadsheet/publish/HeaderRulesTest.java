package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Content-Disposition a published print PDF is stored with: a readable name, not its hashed key. */
class HeaderRulesTest {

    @Test
    void aPrintedPagesPdf_isNamedByItsDateAnd版面_inAnAsciiFilenameAndAUtf8FilenameStar() {
        assertThat(HeaderRules.contentDisposition("editions/2026-03-12/print/1.cf4f5552d445.pdf"))
                .isEqualTo("inline; filename=\"2026-03-12-1.pdf\"; filename*=UTF-8''2026-03-12%20%E7%AC%AC1%E7%89%88.pdf");
    }

    @Test
    void theWholeEditionsPdf_isNamedByItsDate() {
        assertThat(HeaderRules.contentDisposition("editions/2026-03-12/print/edition.cf4f5552d445.pdf"))
                .isEqualTo("inline; filename=\"2026-03-12.pdf\"");
    }

    @Test
    void anythingElse_hasNone() {
        assertThat(HeaderRules.contentDisposition("editions/2026-03-12/print/1.phone-828w.cf4f5552d445.webp")).isNull();
        assertThat(HeaderRules.contentDisposition("editions/2026-03-12/pages/1/index.html")).isNull();
    }
}
