package news.broadsheet.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;
import news.broadsheet.failure.NotFound;
import news.broadsheet.fakes.InMemoryMediaStore;
import news.broadsheet.fakes.RecordingUploadSigner;
import news.broadsheet.fakes.SettableClock;
import org.junit.jupiter.api.Test;

/** The media capability on its ports' fakes: who may upload and delete, what a start records and signs, what is refused. */
class MediaServiceTest {
    static final String ID = "0b6f3c1e-2a4d-4c8e-9f10-1a2b3c4d5e6f";
    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final Principal REPORTER = new Principal("reporter-1", EnumSet.of(Role.REPORTER));
    static final Principal EDITOR = new Principal("editor-1", EnumSet.of(Role.EDITOR));
    static final Principal NOBODY = new Principal("reader", EnumSet.noneOf(Role.class));

    final InMemoryMediaStore store = new InMemoryMediaStore();
    final RecordingUploadSigner signer = new RecordingUploadSigner();
    final MediaService media = new MediaService(store, signer, new SettableClock(NOW), () -> ID);

    @Test
    void start_recordsAnUploadedPhoto_andSignsOnePutOfExactlyItsTypeAndSize_forTenMinutes() {
        MediaService.Started started = media.start(new UploadRequest("Harbour.JPG", "IMAGE/JPEG", 2_048L), REPORTER);

        assertThat(started.media()).isEqualTo(Media.uploaded(ID, "Harbour.JPG", "image/jpeg", 2_048, "reporter-1", NOW.toString()));
        assertThat(store.find(ID)).contains(started.media());
        assertThat(signer.signed()).containsExactly(
                new RecordingUploadSigner.Signed("uploads/" + ID, "image/jpeg", 2_048, Duration.ofMinutes(10)));
        assertThat(started.upload().headers()).containsEntry("content-length", "2048");
        assertThat(started.expiresAt()).isEqualTo("2026-12-01T08:10:00Z");
    }

    @Test
    void start_normalisesTheFileNameToNfc() {
        String decomposed = "e\u0301te\u0301.png";

        assertThat(media.start(new UploadRequest(decomposed, "image/png", 1L), EDITOR).media().filename()).isEqualTo("\u00e9t\u00e9.png");
    }

    @Test
    void start_byAnyoneButAReporterOrEditor_isForbidden_andRecordsAndSignsNothing() {
        assertThatThrownBy(() -> media.start(new UploadRequest("a.png", "image/png", 1L), NOBODY)).isInstanceOf(Forbidden.class);

        assertThat(store.find(ID)).isEmpty();
        assertThat(signer.signed()).isEmpty();
    }

    @Test
    void start_withABrokenRequest_isInvalid_namingEveryBrokenField_andRecordsAndSignsNothing() {
        assertThatThrownBy(() -> media.start(new UploadRequest("photos/a.gif", "image/gif", MediaRules.MAX_BYTES + 1), REPORTER))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("/filename", "/contentType", "/size"));

        assertThat(store.find(ID)).isEmpty();
        assertThat(signer.signed()).isEmpty();
    }

    @Test
    void start_refusesAnExtensionThatDisagreesWithTheType_andAnEmptyOrMissingBody() {
        assertThatThrownBy(() -> media.start(new UploadRequest("a.png", "image/jpeg", 10L), REPORTER))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.message()).contains(".jpeg or .jpg")));
        assertThatThrownBy(() -> media.start(new UploadRequest("a.png", "image/png", 0L), REPORTER)).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> media.start(null, REPORTER)).isInstanceOf(Invalid.class);
    }

    @Test
    void get_answersNotFound_forAnUnknownId_andForOneThatIsNotAMediaId() {
        assertThatThrownBy(() -> media.get(ID)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> media.get("../uploads")).isInstanceOf(NotFound.class);
    }

    @Test
    void get_reportsWhatProcessingMadeOfTheUpload() {
        media.start(new UploadRequest("a.png", "image/png", 10L), REPORTER);
        Media rejected = store.find(ID).orElseThrow().rejected(Rejection.NOT_AN_IMAGE, "the first bytes are text", NOW.toString());

        assertThat(store.finish(rejected)).isTrue();
        assertThat(media.get(ID).state()).isEqualTo(MediaState.REJECTED);
        assertThat(media.get(ID).rejection()).isEqualTo(Rejection.NOT_AN_IMAGE);
        assertThat(store.finish(rejected.processed(1, 1, java.util.List.of(), NOW.toString())))
                .as("a second delivery of the upload event does not overwrite the first outcome").isFalse();
        assertThat(media.get(ID).state()).isEqualTo(MediaState.REJECTED);
    }

    @Test
    void delete_byAReporter_isForbidden_andKeepsThePhoto() {
        media.start(new UploadRequest("a.png", "image/png", 10L), REPORTER);

        assertThatThrownBy(() -> media.delete(ID, REPORTER)).isInstanceOf(Forbidden.class);
        assertThat(store.find(ID)).isPresent();
    }

    @Test
    void delete_ofAPhotoAPublishedEditionShows_isAConflictNamingTheEdition_andKeepsThePhoto() {
        media.start(new UploadRequest("a.png", "image/png", 10L), REPORTER);
        store.use(ID, "2026-11-30");

        assertThatThrownBy(() -> media.delete(ID, EDITOR)).isInstanceOf(Conflict.class).hasMessageContaining("2026-11-30");
        assertThat(store.find(ID)).isPresent();
    }

    @Test
    void delete_ofAnUnusedPhoto_removesItsRecord_soItIsNotFoundFromThenOn() {
        media.start(new UploadRequest("a.png", "image/png", 10L), REPORTER);
        store.use(ID, "2026-11-30");
        assertThat(store.release(ID, "2026-11-30")).isTrue();

        media.delete(ID, EDITOR);

        assertThat(store.findAll(Set.of(ID))).isEqualTo(Map.of());
        assertThatThrownBy(() -> media.get(ID)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> media.delete(ID, EDITOR)).isInstanceOf(NotFound.class);
    }
}
