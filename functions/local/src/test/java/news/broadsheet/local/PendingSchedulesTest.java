package news.broadsheet.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import news.broadsheet.article.Article;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.edition.PublishScheduler;
import org.junit.jupiter.api.Test;

/** A restart sets again every schedule still ahead, reading the editions a page at a time. */
class PendingSchedulesTest {
    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void rearm_schedulesEveryEditionWhosePublishAtIsAhead_acrossPages() {
        Editions editions = new Editions();
        for (int day = 1; day <= 9; day++) {
            String date = "2026-03-0" + day;
            String at = day % 3 == 0 ? null : day % 3 == 1 ? "2026-03-0" + day + "T06:00:00Z" : "2026-02-01T06:00:00Z";
            editions.stored.put(date, new Edition(date, day, List.of(), 1, "t", "t", null, at, false));
        }
        List<String> scheduled = new ArrayList<>();
        PublishScheduler scheduler = new PublishScheduler() {
            public void schedule(String date, Instant at) {
                scheduled.add(date + "@" + at);
            }

            public void cancel(String date, Instant at) {
            }

            public void republishAt(String date, Instant at) {
            }
        };

        int count = PendingSchedules.rearm(editions, scheduler, Clock.fixed(NOW, ZoneOffset.UTC));

        assertEquals(List.of("2026-03-01@2026-03-01T06:00:00Z", "2026-03-04@2026-03-04T06:00:00Z",
                "2026-03-07@2026-03-07T06:00:00Z"), scheduled);
        assertEquals(3, count);
    }

    /** Editions in memory, listed two at a time so that a reader must follow the cursor. */
    static final class Editions implements EditionStore {
        final TreeMap<String, Edition> stored = new TreeMap<>();

        @Override
        public Optional<Edition> find(String date) {
            return Optional.ofNullable(stored.get(date));
        }

        @Override
        public void save(Edition edition, long expectedVersion, List<Article> placed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EditionList list(String from, String to, int limit, String cursor) {
            List<Edition> all = new ArrayList<>(stored.subMap(cursor == null ? from : cursor, false, to, true).values());
            if (cursor == null && stored.containsKey(from)) {
                all.add(0, stored.get(from));
            }
            List<Edition> page = all.subList(0, Math.min(2, Math.min(limit, all.size())));
            return new EditionList(page, page.size() < all.size() ? page.get(page.size() - 1).date() : null);
        }
    }
}
