package news.broadsheet.media;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
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

    public MediaService(MediaStore store, UploadSigner signer, Clock clock) {
        this(store, signer, clock, () -> UUID.randomUUID().toString());
    }

    public MediaService(MediaStore store, UploadSigner signer, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.signer = signer;
        this.clock = clock;
        this.ids = ids;
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
