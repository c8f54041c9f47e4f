package news.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransitionsTest {
    @ParameterizedTest(name = "{0}: {1} -> {2} allowed={3}")
    @CsvSource({
            "REPORTER, DRAFT, READY, true",
            "REPORTER, READY, DRAFT, true",
            "REPORTER, DRAFT, DRAFT, true",
            "REPORTER, READY, WITHDRAWN, false",
            "REPORTER, DRAFT, PUBLISHED, false",
            "EDITOR, READY, WITHDRAWN, true",
            "EDITOR, PUBLISHED, WITHDRAWN, true",
            "EDITOR, WITHDRAWN, READY, true",
            "EDITOR, READY, PUBLISHED, false",
            "EDITOR, PUBLISHED, PUBLISHED, true",
    })
    void statusMoves(Role role, Status from, Status to, boolean allowed) {
        assertThat(Transitions.allowed(from, to, new Principal("someone", EnumSet.of(role)))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} editing {1}'s {2} article: {3}")
    @CsvSource({
            "REPORTER, me, DRAFT, true",
            "REPORTER, me, READY, true",
            "REPORTER, me, PUBLISHED, false",
            "REPORTER, other, DRAFT, false",
            "EDITOR, other, PUBLISHED, true",
    })
    void whoMayEdit(Role role, String author, Status status, boolean allowed) {
        Article article = new Article("a1", "标题", null, null, null, null, null, null, null, null, null, null,
                status, 1, "t", "t", author, null, null, null);
        assertThat(Transitions.mayEdit(article, new Principal("me", EnumSet.of(role)))).isEqualTo(allowed);
    }
}
