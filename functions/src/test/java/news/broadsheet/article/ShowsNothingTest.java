package news.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.text.TextRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts that print as nothing, or as more than one line, are refused where a person reads one line. */
class ShowsNothingTest {
    @ParameterizedTest
    @ValueSource(strings = {"\u2800\u2800", "\u0301\u0301\u0301", "\u303F", "\uD834\uDD59", "\u20DD", "\u2800\u200B\u0301"})
    void aRequiredLineOfBlankGlyphsOrLoneMarks_isRefused(String value) {
        List<FieldError> errors = new ArrayList<>();
        ArticleRules.line(errors, "/headline", value, 200, true);
        assertThat(errors).extracting(FieldError::field).containsExactly("/headline");
        assertThat(TextRules.isBlank(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u2800", "\u0301"})
    void anOptionalLineThatShowsNothing_isStoredAsNone_notAsAnEmptyLine(String value) {
        List<FieldError> errors = new ArrayList<>();
        assertThat(ArticleRules.line(errors, "/kicker", value, 200, false)).isNull();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"江边\u2028步道", "江边\u2029步道", "江边\u0085步道", "江边\u000B步道", "江边\u000C步道"})
    void aLineWithAnyLineOrParagraphSeparator_isNotOneLine(String value) {
        assertThat(ArticleRules.singleLineProblem(value)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"é", "e\u0301", "新桥", "⠁", "\u2800新"})
    void aLineWithSomethingToSee_isKept(String value) {
        List<FieldError> errors = new ArrayList<>();
        assertThat(ArticleRules.line(errors, "/headline", value, 200, true)).isNotNull();
        assertThat(errors).isEmpty();
    }
}
