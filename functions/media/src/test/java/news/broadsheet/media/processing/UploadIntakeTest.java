package news.broadsheet.media.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.fakes.InMemoryOriginals;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaKeys;
import news.broadsheet.media.MediaState;
import news.broadsheet.media.MediaStore;
import news.broadsheet.media.Rejection;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.publish.SiteObject;
import org.junit.jupiter.api.Test;

class UploadIntakeTest {
    static final String ID = "0b6f3c1e-2a4d-4c8e-9f10-1a2b3c4d5e6f";

    /** The one record the intake works on, kept as a store would keep it. */
    static final class OneRecordStore implements MediaStore {
        Media stored;

        OneRecordStore(Media media) {
            stored = media;
        }

        @Override
        public void insert(Media media) {
            stored = media;
        }

        @Override
        public Optional<Media> find(String id) {
            return Optional.ofNullable(stored).filter(m -> m.id().equals(id));
        }

        @Override
        public Map<String, Media> findAll(Collection<String> ids) {
            Map<String, Media> out = new HashMap<>();
            ids.forEach(id -> find(id).ifPresent(m -> out.put(id, m)));
            return out;
        }

        @Override
        public boolean finish(Media outcome) {
            if (stored.state() != MediaState.UPLOADED) {
                return false;
            }
            stored = outcome;
            return true;
        }
    }

    /** A site bucket whose writes fail, as S3 does when it is unreachable or refuses. */
    static final class FailingSite implements SiteBucket {
        final List<String> put = new ArrayList<>();

        @Override
        public void put(SiteObject object) {
            throw new IllegalStateException("S3 said no");
        }

        @Override
        public void delete(String key) {}

        @Override
        public List<String> keys(String prefix) {
            return List.of();
        }

        @Override
        public boolean exists(String key) {
            return false;
        }

        @Override
        public Optional<byte[]> read(String key) {
            return Optional.empty();
        }
    }

    @Test
    void aProcessingFailure_endsInFailedWithAReason_neverAStuckUpload() {
        byte[] png = TestImages.encode(TestImages.redOverBlue(400, 300), "png");
        OneRecordStore store = new OneRecordStore(Media.uploaded(ID, "a.png", "image/png", png.length, "ed", "2026-12-01T00:00:00Z"));
        Originals originals = new InMemoryOriginals().put("uploads", MediaKeys.upload(ID), png);
        UploadIntake intake = new UploadIntake(store, originals, new FailingSite(),
                Clock.fixed(Instant.parse("2026-12-01T00:00:05Z"), ZoneOffset.UTC));

        Optional<Media> outcome = intake.arrived("uploads", MediaKeys.upload(ID));

        assertThat(store.stored.state()).isEqualTo(MediaState.FAILED);
        assertThat(store.stored.reason()).isNotBlank();
        assertThat(outcome).contains(store.stored);
    }

    @Test
    void anUploadGoneFromTheBucket_isRejectedAsWrongSize_andPublishesNothing() {
        OneRecordStore store = new OneRecordStore(Media.uploaded(ID, "a.png", "image/png", 10, "ed", "2026-12-01T00:00:00Z"));
        UploadIntake intake = new UploadIntake(store, new InMemoryOriginals(), new FailingSite(),
                Clock.fixed(Instant.parse("2026-12-01T00:00:05Z"), ZoneOffset.UTC));

        intake.arrived("uploads", MediaKeys.upload(ID));

        assertThat(store.stored.state()).isEqualTo(MediaState.REJECTED);
        assertThat(store.stored.rejection()).isEqualTo(Rejection.WRONG_SIZE);
        assertThat(store.stored.variants()).isEmpty();
    }

    @Test
    void anUploadOfAnotherSizeThanAnnounced_isRejectedAsWrongSize_namingBoth() {
        byte[] png = TestImages.encode(TestImages.redOverBlue(40, 30), "png");
        OneRecordStore store = new OneRecordStore(Media.uploaded(ID, "a.png", "image/png", png.length + 1, "ed", "2026-12-01T00:00:00Z"));
        UploadIntake intake = new UploadIntake(store, new InMemoryOriginals().put("uploads", MediaKeys.upload(ID), png),
                new FailingSite(), Clock.fixed(Instant.parse("2026-12-01T00:00:05Z"), ZoneOffset.UTC));

        intake.arrived("uploads", MediaKeys.upload(ID));

        assertThat(store.stored.rejection()).isEqualTo(Rejection.WRONG_SIZE);
        assertThat(store.stored.reason()).contains(png.length + " bytes").contains((png.length + 1) + " were announced");
    }
}
