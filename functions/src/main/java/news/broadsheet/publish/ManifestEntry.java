package news.broadsheet.publish;

/** What the published record remembers of an object: enough to tell whether a new rendering differs. */
public record ManifestEntry(String sha256, String contentType, String cacheControl) {
    /** An object whose bytes in the bucket are unknown (a publication touched it and did not commit). */
    public static final ManifestEntry UNCONFIRMED = new ManifestEntry("unconfirmed", "", "");

    /**
     * A key a publication removed (it has a tombstone): nothing is in the bucket, but CloudFront or a
     * browser may hold its 410 Gone, so an object coming back there must be invalidated.
     */
    public static final ManifestEntry REMOVED = new ManifestEntry("removed", "", "");

    public static ManifestEntry of(SiteObject o) {
        return new ManifestEntry(o.sha256(), o.contentType(), o.cacheControl());
    }

    public boolean unconfirmed() {
        return UNCONFIRMED.equals(this);
    }

    public boolean removed() {
        return REMOVED.equals(this);
    }
}
