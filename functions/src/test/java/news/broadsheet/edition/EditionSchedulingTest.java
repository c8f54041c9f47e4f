package news.broadsheet.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.VersionConflict;
import news.broadsheet.fakes.InMemoryArticleStore;
import news.broadsheet.fakes.InMemoryEditionStore;
import news.broadsheet.fakes.SettableClock;
import news.broadsheet.publish.ScheduledPublishing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order of a schedule's writes around the edition's save, so that no failure leaves the edition
 * asking for a time nothing will keep: the new time is scheduled before the save, the old one
 * cancelled after it; whatever is left over is a schedule the edition no longer asks for, which
 * {@link ScheduledPublishing#stillWanted} makes a no-op.
 */
class EditionSchedulingTest {
    static final Principal EDITOR = new Principal("editor", EnumSet.of(Role.EDITOR));
    static final String DATE = "2026-11-30";
    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-29T22:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-29T23:00:00Z");

    final InMemoryArticleStore articles = new InMemoryArticleStore();
    final InMemoryEditionStore stored = new InMemoryEditionStore(articles);
    final List<String> calls = new ArrayList<>();
    boolean failSave;
    boolean failCancel;

    /** Records each call with the publishAt stored at that moment, to show which side of the save it came. */
    final PublishScheduler scheduler = new PublishScheduler() {
        @Override
        public void schedule(String date, Instant at) {
            calls.add("schedule " + at + " (stored " + storedAt() + ")");
        }

        @Override
        public void cancel(String date, Instant at) {
            calls.add("cancel " + at + " (stored " + storedAt() + ")");
            if (failCancel) {
                throw new IllegalStateException("the scheduler is unreachable");
            }
        }

        @Override
        public void republishAt(String date, Instant at) {
            calls.add("republish " + at);
        }
    };

    final EditionStore editions = new EditionStore() {
        @Override
        public Optional<Edition> find(String date) {
            return stored.find(date);
        }

        @Override
        public void save(Edition edition, long expectedVersion, List<Article> placed) {
            if (failSave) {
                throw new VersionConflict("someone saved the edition first");
            }
            stored.save(edition, expectedVersion, placed);
        }

        @Override
        public EditionList list(String from, String to, int limit, String cursor) {
            return stored.list(from, to, limit, cursor);
        }
    };

    final EditionService service = new EditionService(editions, articles, new SettableClock(NOW), scheduler);

    @BeforeEach
    void anArticleReadyToLayOut() {
        articles.insert(Article.create("a1", ArticleInputBuilder.builder().headline("定时见报").byline(List.of())
                .body(List.of(Block.paragraph("正文。"))).tags(List.of()).status(Status.READY).build(), Status.READY, NOW.toString(), "editor"));
    }

    String storedAt() {
        return stored.find(DATE).map(e -> String.valueOf(e.publishAt())).orElse("nothing");
    }

    long put(Instant publishAt, Long ifMatch) {
        EditionInput layout = new EditionInput(1, List.of(new EditionPage(1, "要闻", List.of("a1"))),
                publishAt == null ? null : publishAt.toString());
        return service.put(DATE, layout, ifMatch, EDITOR).edition().version();
    }

    @Test
    void scheduling_happensBeforeTheSave_soAFailingSchedulerRefusesTheSave() {
        put(T1, null);

        assertThat(calls).containsExactly("schedule " + T1 + " (stored nothing)");
    }

    @Test
    void moving_schedulesTheNewTimeBeforeTheSave_andCancelsTheOldAfterIt() {
        long v1 = put(T1, null);
        calls.clear();

        put(T2, v1);

        assertThat(calls).containsExactly("schedule " + T2 + " (stored " + T1 + ")", "cancel " + T1 + " (stored " + T2 + ")");
    }

    @Test
    void clearing_cancelsAfterTheSave() {
        long v1 = put(T1, null);
        long v2 = put(T1, v1);
        calls.clear();
        assertThat(v2).isGreaterThan(v1);

        put(null, v2);

        assertThat(calls).containsExactly("cancel " + T1 + " (stored null)");
    }

    @Test
    void layingOutAgainAtTheSameFutureTime_schedulesItAgain_soASchedulerThatLostIt_hasItBack() {
        // A restarted local stack has no timers; EventBridge Scheduler upserts the same schedule.
        long v1 = put(T1, null);
        calls.clear();

        put(T1, v1);

        assertThat(calls).containsExactly("schedule " + T1 + " (stored " + T1 + ")");
    }

    @Test
    void aSaveThatFailsAfterScheduling_leavesTheOldTimeScheduled_andTheNewOneStale() {
        long v1 = put(T1, null);
        failSave = true;

        assertThatThrownBy(() -> put(T2, v1)).isInstanceOf(VersionConflict.class);

        assertThat(storedAt()).isEqualTo(T1.toString());
        assertThat(calls).doesNotContain("cancel " + T1 + " (stored " + T1 + ")");
        assertThat(ScheduledPublishing.stillWanted(storedAt(), T2)).as("the left-over schedule for T2 does nothing").isFalse();
        assertThat(ScheduledPublishing.stillWanted(storedAt(), T1)).as("T1's schedule still publishes").isTrue();
    }

    @Test
    void aCancelThatFailsAfterTheSave_stillAnswersTheSave_andTheOldScheduleIsStale() {
        long v1 = put(T1, null);
        failCancel = true;

        long v2 = put(T2, v1);

        assertThat(v2).isGreaterThan(v1);
        assertThat(storedAt()).isEqualTo(T2.toString());
        assertThat(ScheduledPublishing.stillWanted(storedAt(), T1)).as("the schedule left for T1 does nothing").isFalse();
    }
}
