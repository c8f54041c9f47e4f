package news.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.broadsheet.failure.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleRulesTest {
    static ArticleInput headline(String headline) {
        return ArticleInputBuilder.builder().headline(headline).build();
    }

    @Test
    void text_isNormalisedToNfc_andOtherwiseKeptExactly() {
        String decomposed = "Cafe\u0301 𠮷 🧧";
        assertThat(ArticleRules.normalise(headline(decomposed)).headline()).isEqualTo("Café 𠮷 🧧");
    }

    @Test
    void aHeadlineAtTheLimit_passes_andOneOverIsRefusedNotTruncated() {
        String atLimit = "字".repeat(ArticleRules.MAX_HEADLINE);
        assertThat(ArticleRules.normalise(headline(atLimit)).headline()).isEqualTo(atLimit);
        assertThatThrownBy(() -> ArticleRules.normalise(headline(atLimit + "字")))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.field()).isEqualTo("/headline")));
    }

    @Test
    void astralCharacters_countAsOneCharacterEach() {
        String astral = "𠮷".repeat(ArticleRules.MAX_HEADLINE);
        assertThat(ArticleRules.normalise(headline(astral)).headline()).isEqualTo(astral);
    }

    @ParameterizedTest(name = "{0} -> error at {1}")
    @CsvSource(delimiter = '|', value = {
            "missing headline           | /headline",
            "bad block type             | /body/0/type",
            "javascript image           | /body/0/src",
            "protocol-relative image    | /body/0/src",
            "bad edition date           | /edition",
            "page zero                  | /page",
            "slug with capitals         | /slug",
            "headline with line break   | /headline",
            "byline without role        | /byline/0/role",
            "byline with a blank name   | /byline/0/name",
            "invisible headline         | /headline",
            "zero-width headline        | /headline",
            "invisible paragraph        | /body/0/text",
            "invisible intertitle       | /body/0/text",
    })
    void brokenRules_areReportedPerField(String name, String field) {
        ArticleInput input = switch (name.trim()) {
            case "missing headline" -> headline(" ");
            case "bad block type" -> ArticleInputBuilder.builder().headline("t").body(List.of(new Block("video", "x", null, null, null))).build();
            case "javascript image" -> ArticleInputBuilder.builder().headline("t")
                    .body(List.of(Block.image("javascript:alert(1)", null, null))).build();
            case "protocol-relative image" -> ArticleInputBuilder.builder().headline("t")
                    .body(List.of(Block.image("//elsewhere.example/x.jpg", null, null))).build();
            case "bad edition date" -> ArticleInputBuilder.builder().headline("t").edition("2026-02-30").build();
            case "page zero" -> ArticleInputBuilder.builder().headline("t").page(0).build();
            case "slug with capitals" -> ArticleInputBuilder.builder().headline("t").slug("City-News").build();
            case "headline with line break" -> headline("上行\n下行");
            case "byline without role" -> ArticleInputBuilder.builder().headline("t").byline(List.of(new Byline(" ", "林小雨"))).build();
            case "byline with a blank name" -> ArticleInputBuilder.builder().headline("t").byline(List.of(new Byline(null, " "))).build();
            case "invisible headline" -> headline("\u200b\u3000\u00a0\ufeff\u2060\u200c\u200d");
            case "zero-width headline" -> headline("\u200b\u200b\u200b");
            case "invisible paragraph" -> ArticleInputBuilder.builder().headline("t")
                    .body(List.of(Block.paragraph("\u200b\u3000\u00a0"))).build();
            case "invisible intertitle" -> ArticleInputBuilder.builder().headline("t")
                    .body(List.of(new Block(Block.INTERTITLE, "\u2060\u202f\u00ad", null, null, null))).build();
            default -> throw new IllegalArgumentException(name);
        };
        assertThatThrownBy(() -> ArticleRules.normalise(input))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field)
                        .contains(field.trim()));
    }

    @Test
    void aNamePrintedWithoutARole_isKeptWithoutOne() {
        ArticleInput in = ArticleInputBuilder.builder().headline("t").byline(List.of(new Byline(null, "赵丽"))).build();
        assertThat(ArticleRules.normalise(in).byline()).containsExactly(new Byline(null, "赵丽"));
    }

    static ArticleInput embargoedUntil(String at) {
        return ArticleInputBuilder.builder().headline("标题").embargoUntil(at).build();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"+300000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z",
            "-0001-12-31T23:59:59Z", "9999-12-31T23:30:00-01:00", "0000-01-01T00:30:00+01:00",
            "9999-12-31T23:59:59.5Z", "9999-12-31T23:59:59.000000001Z"})
    void anInstantOutsideFourDigitYears_isRefusedAt422_notOverflowedLater(String at) {
        assertThatThrownBy(() -> ArticleRules.normalise(embargoedUntil(at)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.field()).isEqualTo("/embargoUntil")));
    }

    @ParameterizedTest
    @CsvSource({"9999-12-31T23:59:59Z, 9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z, 0000-01-01T00:00:00Z",
            "2026-11-30T06:00:00+08:00, 2026-11-29T22:00:00Z"})
    void anInstantAtTheEdgesOfFourDigitYears_isKeptAsItsUtcInstant(String at, String stored) {
        assertThat(ArticleRules.normalise(embargoedUntil(at)).embargoUntil()).isEqualTo(stored);
    }
}
