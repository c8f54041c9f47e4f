package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.fakes.FakeNewsroom;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaVariant;
import org.junit.jupiter.api.Test;

/**
 * A take-down takes an edition's photos off the public site (tombstones, deletes, invalidation) but
 * keeps the newsroom's photos (records and shelved variants), so publishing the edition again shows
 * them again; a photo another published edition shows never leaves.
 */
class TakenDownPhotosTest {
    static final String DATE = "2026-01-06";
    static final String PHOTO = "0b5f3c1e-1111-4222-8333-944455556666";
    final FakeNewsroom paper = new FakeNewsroom();

    private List<String> keys() {
        Media photo = FrontPagePhotosTest.processed(PHOTO);
        photo.variants().forEach(v -> paper.bucket.put(new SiteObject(v.key(), new byte[] {1, 2, 3}, "image/jpeg",
                "public, max-age=31536000, immutable", null)));
        paper.media.insert(photo);
        return photo.variants().stream().map(MediaVariant::key).toList();
    }

    @Test
    void takeDownThenRepublish_putsTheSamePhotoBackAtTheSameKeys_andKeepsItsRecordMeanwhile() {
        List<String> keys = keys();
        paper.article("p1", "图片新闻", Status.READY, List.of(Block.photo(PHOTO, "初雪后的人民公园。", "周明")));
        paper.layOut(DATE, 1, List.of(List.of("p1")));
        paper.publish(DATE);

        paper.takeDown(DATE);
        assertThat(paper.media.find(PHOTO)).as("the newsroom keeps its photo").isPresent();
        assertThat(keys).allSatisfy(k -> {
            assertThat(paper.bucket.exists(k)).as("off the public site: " + k).isFalse();
            assertThat(paper.published.buried(k)).as("410 there: " + k).isTrue();
            assertThat(paper.shelf).as("shelved: " + k).containsKey(k);
        });

        assertThat(paper.publish(DATE).status()).isEqualTo(PublicationStatus.SUCCEEDED);
        assertThat(keys).allSatisfy(k -> {
            assertThat(paper.bucket.exists(k)).as("back on the site: " + k).isTrue();
            assertThat(paper.published.buried(k)).as("no 410 any more: " + k).isFalse();
        });
        assertThat(paper.invalidations.stream().flatMap(List::stream)).as("the cached 410s forgotten").contains("/" + keys.get(0));
        assertThat(paper.site("editions/" + DATE + "/articles/p1/index.html")).contains("<picture>", keys.get(0));
    }

    @Test
    void aRepublicationSplitIntoChunks_putsThePhotoBackBeforeAnyChunkUploadsAPage() {
        List<String> keys = keys();
        paper.article("p1", "图片新闻", Status.READY, List.of(Block.photo(PHOTO, "初雪后的人民公园。", "周明")));
        paper.article("a2", "城南夜市开张", Status.READY, List.of(Block.paragraph("夜市今晚开张。")));
        paper.layOut(DATE, 1, List.of(List.of("p1", "a2")));
        paper.publish(DATE);
        paper.takeDown(DATE);
        assertThat(paper.bucket.exists(keys.get(0))).isFalse();

        List<List<String>> split = new java.util.ArrayList<>();
        paper.publisher.chunkedBy(new PublicationChunks() {
            @Override
            public void open(String publication, List<List<String>> chunks) {
                split.addAll(chunks);
            }

            @Override
            public java.util.Optional<Chunk> chunk(String publication, int index) {
                return java.util.Optional.empty();
            }

            @Override
            public List<String> opened() {
                return List.of();
            }

            @Override
            public List<Chunk> chunks(String publication) {
                return List.of();
            }

            @Override
            public java.util.Optional<Progress> progress(String publication) {
                return java.util.Optional.of(new Progress(split.size(), 0));
            }

            @Override
            public boolean done(String publication, int index, String digest) {
                return false;
            }

            @Override
            public boolean claimEnd(String publication, String claimer) {
                return false;
            }
        }, messages -> { }, 1);
        paper.publish(DATE);

        assertThat(split).as("split into chunks, none run yet").hasSizeGreaterThan(1);
        assertThat(keys).allSatisfy(k -> {
            assertThat(paper.bucket.exists(k)).as("back before the chunks: " + k).isTrue();
            assertThat(paper.published.buried(k)).as(k).isFalse();
        });
    }
}
