package news.broadsheet.publish;

/** What the manifest remembers of a published object: enough to tell whether a new rendering differs. */
public record ManifestEntry(String sha256, String contentType, String cacheControl) {
    public static ManifestEntry of(SiteObject o) {
        return new ManifestEntry(o.sha256(), o.contentType(), o.cacheControl());
    }
}
