package news.broadsheet.media;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.NotFound;

/** Starts photo uploads and reports on them. Processing happens elsewhere, when the file arrives. */
public final class MediaService {
    /** Long enough to send 30 MiB over a slow newsroom uplink, short enough that a leaked URL soon dies. */
    public static final Duration UPLOAD_EXPIRY = Duration.ofMinutes(10);

    /** A new upload: its record and the signed PUT that delivers the file. */
    public record Started(Media media, UploadSigner.SignedUpload upload, String expiresAt) {}

    private final MediaStore store;
    private final UploadSigner signer;
    private final Clock clock;
    private final Supplier<String> ids;
    private final PhotoRetirement retirement;

    /** Without a site to take photos off (tests of the API alone): a delete removes the record only. */
    public MediaService(MediaStore store, UploadSigner signer, Clock clock) {
        this(store, signer, clock, () -> UUID.randomUUID().toString());
    }

    public MediaService(MediaStore store, UploadSigner signer, Clock clock, Supplier<String> ids) {
        this(store, signer, clock, ids, photo -> store.deleteIfUnused(photo.id()));
    }

    /** @param retirement takes a deleted photo's variants off the site */
    public MediaService(MediaStore store, UploadSigner signer, Clock clock, Supplier<String> ids, PhotoRetirement retirement) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
        this.ids = ids;
        this.retirement = retirement;
    }

    /**
     * Deletes a photo nothing on the site uses (an editor's decision): its variants answer 410 from
     * then on and its record is gone, so an image block naming it is refused like any missing photo.
     *
     * @throws Conflict (409) naming the published editions that show it
     */
    public void delete(String id, Principal who) {
        if (!who.has(Role.EDITOR)) {
            throw new Forbidden("only editors delete photos");
        }
        Media photo = get(id);
        if (!retirement.retire(photo)) {
            throw new Conflict("the photo is shown by the published editions " + String.join(", ", store.usedBy(id))
                    + "; take it out of their stories and publish them, then delete it");
        }
    }

    public Started start(UploadRequest request, Principal who) {
        if (!who.has(Role.REPORTER) && !who.has(Role.EDITOR)) {
            throw new Forbidden("only reporters and editors upload photos");
        }
        UploadRequest ok = MediaRules.check(request);
        var now = clock.instant();
        Media media = Media.uploaded(ids.get(), ok.filename(), ok.contentType(), ok.size(), who.subject(), now.toString());
        store.insert(media);
        var signed = signer.signPut(MediaKeys.upload(media.id()), ok.contentType(), ok.size(), UPLOAD_EXPIRY);
        return new Started(media, signed, now.plus(UPLOAD_EXPIRY).toString());
    }

    public Media get(String id) {
        if (!MediaKeys.ID.matcher(id).matches()) {
            throw new NotFound("no media " + id);
        }
        return store.find(id).orElseThrow(() -> new NotFound("no media " + id));
    }
}
