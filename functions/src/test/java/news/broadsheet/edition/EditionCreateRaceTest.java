package news.broadsheet.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.PreconditionRequired;
import news.broadsheet.failure.VersionConflict;
import news.broadsheet.fakes.InMemoryArticleStore;
import news.broadsheet.fakes.InMemoryEditionStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two editors who both read "no edition yet" and both create it: the second create names its
 * precondition (If-None-Match: *, RFC 9110 section 13.1.2), so losing the race is a 412 that says
 * the edition exists now, never a 428 asking for a header the caller had no ETag to put in.
 */
class EditionCreateRaceTest {
    static final Principal EDITOR = new Principal("editor", EnumSet.of(Role.EDITOR));
    static final String DATE = "2026-12-01";

    final InMemoryArticleStore articles = new InMemoryArticleStore();
    final InMemoryEditionStore stored = new InMemoryEditionStore(articles);
    final EditionService service = new EditionService(stored, articles,
            Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void twoStories() {
        for (String id : List.of("mine", "theirs")) {
            articles.insert(Article.create(id, ArticleInputBuilder.builder().headline("稿件" + id).byline(List.of())
                    .body(List.of(Block.paragraph("正文。"))).tags(List.of()).status(Status.READY).build(),
                    Status.READY, "2026-11-30T07:00:00Z", "editor"));
        }
    }

    static EditionInput layout(String id) {
        return new EditionInput(9, List.of(new EditionPage(2, "要闻", List.of(id))), null);
    }

    @Test
    void createOnlyIfAbsent_answers412_whenSomeoneCreatedTheEditionMeanwhile_andKeepsTheirs() {
        assertThat(service.put(DATE, layout("theirs"), null, true, EDITOR).created()).isTrue();

        assertThatThrownBy(() -> service.put(DATE, layout("mine"), null, true, EDITOR))
                .isInstanceOf(VersionConflict.class)
                .hasMessageContaining("exists");
        assertThat(stored.find(DATE).orElseThrow().articleIds()).containsExactly("theirs");
    }

    @Test
    void createOnlyIfAbsent_creates_whenTheEditionIsAbsent() {
        EditionService.Saved saved = service.put(DATE, layout("mine"), null, true, EDITOR);

        assertThat(saved.created()).isTrue();
        assertThat(saved.edition().version()).isEqualTo(1);
    }

    @Test
    void aWriteWithNoPrecondition_onAnExistingEdition_isStill428() {
        service.put(DATE, layout("theirs"), null, true, EDITOR);

        assertThatThrownBy(() -> service.put(DATE, layout("mine"), null, false, EDITOR)).isInstanceOf(PreconditionRequired.class);
    }
}
