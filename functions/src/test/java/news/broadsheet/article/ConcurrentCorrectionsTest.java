package news.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.VersionConflict;
import news.broadsheet.fakes.InMemoryArticleStore;
import org.junit.jupiter.api.Test;

/**
 * Logging an entry takes no If-Match: the server reads, appends and writes conditionally itself, so a
 * race it loses is its own to retry, never the caller's 412 (eight editors logging at once lost it).
 */
class ConcurrentCorrectionsTest {
    static final Principal EDITOR = new Principal("editor", EnumSet.of(Role.EDITOR));

    @Test
    void theLastOfEightEditorsLoggingAtOnce_losesSevenRaces_andStillLogsItsEntry() {
        InMemoryArticleStore stored = new InMemoryArticleStore();
        Article a = Article.create("a1", ArticleInputBuilder.builder().headline("城南供暖提前启动")
                .body(List.of(Block.paragraph("受降温影响，供暖提前五天启动。"))).edition("2026-01-05").page(1)
                .status(Status.READY).build(), Status.READY, "2026-01-05T00:00:00Z", "editor").placed("2026-01-05", 1);
        stored.insert(a);
        int[] lost = {0};
        // The seven other editors' entries land between each of this one's reads and writes.
        ArticleStore contended = (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(),
                new Class<?>[] {ArticleStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("update") && lost[0] < 7) {
                        lost[0]++;
                        Article read = (Article) args[1];
                        stored.update(read.withCorrection(new Correction(read.corrections().size() + 1, CorrectionType.CLARIFICATION,
                                "另一位编辑的说明" + lost[0], "2026-01-05T09:30:00.000Z", "other")), read);
                        throw new VersionConflict("article a1 was changed by someone else");
                    }
                    try {
                        return method.invoke(stored, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CorrectionService corrections = new CorrectionService(contended, article -> List.of("2026-01-05"), Clock.systemUTC());

        Correction logged = corrections.add("a1", new CorrectionInput("correction", "本文原称供暖提前三天启动，现更正为提前五天。"), EDITOR);

        assertThat(logged.number()).isEqualTo(8);
        assertThat(stored.find("a1").orElseThrow().corrections()).hasSize(8);
    }
}
