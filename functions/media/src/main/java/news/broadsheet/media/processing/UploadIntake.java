package news.broadsheet.media.processing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaKeys;
import news.broadsheet.media.MediaRules;
import news.broadsheet.media.MediaState;
import news.broadsheet.media.MediaStore;
import news.broadsheet.media.MediaVariant;
import news.broadsheet.media.Rejection;
import news.broadsheet.publish.HeaderRules;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.publish.SiteObject;
import news.broadsheet.render.SiteRenderer;

/**
 * What happens when an original lands in the upload bucket: check and process it, publish its
 * variants, and only then record it as processed; or record why it was rejected, having published
 * nothing; or, when processing itself breaks, record it as failed with the reason (variants already
 * written stay unreferenced under their own content-addressed keys). Runs once per upload: a repeated event for a finished record changes nothing.
 */
public final class UploadIntake {
    private static final Logger LOG = Logger.getLogger(UploadIntake.class.getName());

    private final MediaStore store;
    private final Originals originals;
    private final SiteBucket site;
    private final Clock clock;

    public UploadIntake(MediaStore store, Originals originals, SiteBucket site, Clock clock) {
        this.store = store;
        this.originals = originals;
        this.site = site;
        this.clock = clock;
    }

    /** Handles one uploaded object; returns the record as it stands afterwards, if the key names an upload. */
    public Optional<Media> arrived(String bucket, String key) {
        Optional<String> id = MediaKeys.idOfUpload(key);
        if (id.isEmpty()) {
            LOG.warning("ignoring " + key + ": not an upload key");
            return Optional.empty();
        }
        Optional<Media> found = store.find(id.get());
        if (found.isEmpty()) {
            LOG.warning("ignoring " + key + ": no media record " + id.get());
            return Optional.empty();
        }
        Media media = found.get();
        if (media.state() != MediaState.UPLOADED) {
            return Optional.of(media);
        }
        Media outcome = outcome(media, bucket, key);
        if (!store.finish(outcome)) {
            return store.find(media.id());
        }
        return Optional.of(outcome);
    }

    private Media outcome(Media media, String bucket, String key) {
        Optional<Originals.Original> original = originals.read(bucket, key, MediaRules.MAX_BYTES);
        if (original.isEmpty()) {
            return media.rejected(Rejection.WRONG_SIZE, "the upload is gone from the bucket", now());
        }
        long size = original.get().size();
        if (original.get().bytes() == null || size != media.size()) {
            return media.rejected(Rejection.WRONG_SIZE, "the upload is " + size + " bytes; " + media.size() + " were announced", now());
        }
        try {
            PhotoProcessor.Processed processed = PhotoProcessor.process(original.get().bytes(), media.contentType());
            List<MediaVariant> variants = new ArrayList<>();
            for (PhotoProcessor.Encoded e : processed.variants()) {
                String sha = SiteRenderer.sha256(e.bytes());
                String variantKey = MediaKeys.variant(media.id(), e.width(), sha, e.format().equals("jpeg") ? "jpg" : "webp");
                site.put(new SiteObject(variantKey, e.bytes(), "image/" + e.format(), HeaderRules.IMMUTABLE, sha));
                variants.add(new MediaVariant(e.format(), e.width(), e.height(), e.bytes().length, variantKey));
            }
            return media.processed(processed.width(), processed.height(), variants, now());
        } catch (Rejected r) {
            LOG.info("media " + media.id() + " rejected: " + r.reason().wire() + ": " + r.getMessage());
            return media.rejected(r.reason(), r.getMessage(), now());
        } catch (RuntimeException | OutOfMemoryError e) {
            // Not the file's fault, but the record must not wait as `uploaded` for ever: it fails, saying why.
            LOG.log(java.util.logging.Level.SEVERE, "media " + media.id() + " failed", e);
            return media.failed("processing failed (" + e.getClass().getSimpleName() + "); upload the photo again", now());
        }
    }

    private String now() {
        return clock.instant().toString();
    }
}
