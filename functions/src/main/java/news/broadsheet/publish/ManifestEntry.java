package news.broadsheet.publish;

/** What the published record remembers of an object: enough to tell whether a new rendering differs. */
public record ManifestEntry(String sha256, String contentType, String cacheControl) {
    /** An object whose bytes in the bucket are unknown (a publication touched it and did not commit). */
    public static final ManifestEntry UNCONFIRMED = new ManifestEntry("unconfirmed", "", "");

    public static ManifestEntry of(SiteObject o) {
        return new ManifestEntry(o.sha256(), o.contentType(), o.cacheControl());
    }

    public boolean unconfirmed() {
        return UNCONFIRMED.equals(this);
    }
}
