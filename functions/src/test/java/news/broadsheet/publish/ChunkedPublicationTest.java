package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the end of a chunked publication takes as already in the bucket: a done chunk's keys, only
 * while this rendering of them is what the chunk put (bytes, type and caching); anything else stays as
 * the record says, so the end uploads it.
 */
class ChunkedPublicationTest {
    private static final String A = "editions/2025-05-06/articles/a/index.html";
    private static final String B = "editions/2025-05-06/articles/b/index.html";
    private static final String C = "editions/2025-05-06/articles/c/index.html";

    private static SiteObject page(String key, String sha) {
        return new SiteObject(key, new byte[0], "text/html; charset=utf-8", HeaderRules.SHORT, sha);
    }

    private static Prepared prepared(SiteObject... objects) {
        Map<String, SiteObject> byKey = new LinkedHashMap<>();
        for (SiteObject o : objects) {
            byKey.put(o.key(), o);
        }
        Map<String, ManifestEntry> live = new java.util.HashMap<>();
        byKey.keySet().forEach(k -> live.put(k, ManifestEntry.UNCONFIRMED));
        return new Prepared(byKey, live, List.of("edition/2025-05-06"), Planner.MAX_DELETES, null, null, null, List.of(), null, null);
    }

    @Test
    void aDoneChunkWhoseRenderingStillMatchesIsSkipped_anotherIsUploadedByTheEnd() {
        Prepared then = prepared(page(A, "1"), page(B, "2"), page(C, "3"));
        String first = ChunkedPublication.digest(List.of(A, B), then.objects());
        String second = ChunkedPublication.digest(List.of(C), then.objects());
        // C's article was corrected after its chunk ran: its rendering no longer matches.
        Prepared now = prepared(page(A, "1"), page(B, "2"), page(C, "3b"));
        Prepared confirmed = ChunkedPublication.confirmed(now, List.of(
                new PublicationChunks.Chunk(0, List.of(A, B), first), new PublicationChunks.Chunk(1, List.of(C), second)));

        Plan plan = confirmed.plan();
        assertThat(plan.of(Plan.Kind.SKIP)).extracting(Plan.Action::key).containsExactlyInAnyOrder(A, B);
        assertThat(plan.of(Plan.Kind.UPLOAD)).extracting(Plan.Action::key).containsExactly(C);
        // A and B are skipped because the chunks uploaded them: the publication's uploads, not unchanged objects.
        assertThat(confirmed.alreadyUploaded()).isEqualTo(2);
    }

    @Test
    void aChunkNotDone_orWhoseHeadersChanged_confirmsNothing() {
        Prepared then = prepared(page(A, "1"));
        String digest = ChunkedPublication.digest(List.of(A), then.objects());
        SiteObject recached = new SiteObject(A, new byte[0], "text/html; charset=utf-8", HeaderRules.IMMUTABLE, "1");
        assertThat(ChunkedPublication.digest(List.of(A), Map.of(A, recached))).isNotEqualTo(digest);

        Prepared confirmed = ChunkedPublication.confirmed(prepared(page(A, "1"), page(B, "2")),
                List.of(new PublicationChunks.Chunk(0, List.of(A), null), new PublicationChunks.Chunk(1, List.of(B), digest)));
        assertThat(confirmed.plan().of(Plan.Kind.SKIP)).isEmpty();
        assertThat(confirmed.alreadyUploaded()).isZero();
    }
}
