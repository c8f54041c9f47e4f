package news.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Forbidden;
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

    static Article article(String author, Status status, String edition) {
        return ArticleBuilder.builder().id("a1").headline("标题").edition(edition).page(edition == null ? null : 1)
                .status(status).version(1).createdAt("t").updatedAt("t").createdBy(author)
                .updatedBy(author).writeSeq(1L).build();
    }

    @ParameterizedTest(name = "{0} editing {1}'s {2} article in edition {3}: may start {4}")
    @CsvSource({
            "REPORTER, me, DRAFT, , true",
            "REPORTER, me, DRAFT, 2026-01-01, true",
            "REPORTER, me, READY, , true",
            "REPORTER, me, READY, 2026-01-01, false",
            "REPORTER, me, PUBLISHED, , false",
            "REPORTER, other, DRAFT, , false",
            "EDITOR, other, PUBLISHED, 2026-01-01, true",
    })
    void whoMayEdit(Role role, String author, Status status, String edition, boolean allowed) {
        Principal who = new Principal("me", EnumSet.of(role));
        if (allowed) {
            Transitions.checkMayEdit(article(author, status, edition), who);
        } else {
            assertThatThrownBy(() -> Transitions.checkMayEdit(article(author, status, edition), who)).isInstanceOf(Forbidden.class);
        }
    }

    @ParameterizedTest(name = "reporter on own {0} article, new headline {1}, to {2}: allowed {3}")
    @CsvSource({
            "DRAFT, 改, DRAFT, true",
            "DRAFT, 改, READY, true",
            "READY, 标题, DRAFT, true",
            "READY, 改, READY, false",
            "READY, 改, DRAFT, false",
    })
    void reporterEditsOnlyDrafts_butMovesReadyBackToDraft(Status from, String headline, Status to, boolean allowed) {
        Principal me = new Principal("me", EnumSet.of(Role.REPORTER));
        Article current = article("me", from, null);
        Article next = current.revise(current.editable().withHeadline(headline), to, "t2", "me");
        if (allowed) {
            Transitions.checkEdit(current, next, me);
        } else {
            assertThatThrownBy(() -> Transitions.checkEdit(current, next, me)).isInstanceOf(Forbidden.class);
        }
    }
}
