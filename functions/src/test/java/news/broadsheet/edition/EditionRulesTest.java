package news.broadsheet.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.broadsheet.failure.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditionRulesTest {
    static EditionInput publishedAt(String at) {
        return new EditionInput(1, List.of(new EditionPage(1, "要闻", List.of())), at);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+300000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "9999-12-31T23:30:00-01:00"})
    void aPublishAtOutsideFourDigitYears_isRefusedAt422_notOverflowedByTheScheduler(String at) {
        assertThatThrownBy(() -> EditionRules.normalise("2026-11-30", publishedAt(at)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.field()).isEqualTo("/publishAt")));
    }

    @Test
    void aPublishAtWithAnOffset_isKeptAsItsUtcInstant() {
        assertThat(EditionRules.normalise("2026-11-30", publishedAt("2026-11-30T06:00:00+08:00")).publishAt())
                .isEqualTo("2026-11-29T22:00:00Z");
    }
}
