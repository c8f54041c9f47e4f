package news.broadsheet.publish;

/** Where the reader site lives (an S3 bucket behind the CDN, or a folder for a static export). */
public interface SiteBucket {
    void put(SiteObject object);

    void delete(String key);

    /** The object's bytes as the site serves them now, if it exists: the search directory a publication extends. */
    java.util.Optional<byte[]> read(String key);
}
