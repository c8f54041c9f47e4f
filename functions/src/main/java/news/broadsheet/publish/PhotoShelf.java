package news.broadsheet.publish;

/**
 * Where a photo's variants wait while no published edition shows them: a private place that no
 * CloudFront origin reaches, so a take-down can remove them from the site (410, like its pages) and a
 * later publication of an edition that shows the photo can put the same bytes back. Keys are site
 * keys under {@code media/} (as {@link news.broadsheet.media.MediaVariant#key}).
 */
public interface PhotoShelf {
    /** Copies the site bucket's object at {@code key} to the shelf, headers and all; done before the object is deleted. */
    void park(String key);

    /**
     * Copies the shelved object at {@code key} back into the site bucket.
     *
     * @throws RuntimeException when the shelf has no such object (the publication then fails before it changes the site)
     */
    void restore(String key);

    /** Forgets the shelved object at {@code key}, if any: its photo was deleted for good. */
    void discard(String key);

    /** No shelf: nothing is kept, and a photo taken off the site cannot come back. */
    PhotoShelf NONE = new PhotoShelf() {
        @Override
        public void park(String key) {
        }

        @Override
        public void restore(String key) {
            throw new IllegalStateException("no photo shelf is wired, so " + key + " cannot be put back on the site");
        }

        @Override
        public void discard(String key) {
        }
    };
}
