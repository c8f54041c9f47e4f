package news.broadsheet.publish;

import java.util.List;

/** Where the reader site lives (an S3 bucket behind the CDN, or a folder for a static export). */
public interface SiteBucket {
    void put(SiteObject object);

    void delete(String key);

    /** Every key under a prefix: what a publication that did not commit may have left there. */
    List<String> keys(String prefix);

    /** Whether an object exists (an image a page would show, for instance). */
    boolean exists(String key);

    /** The object's bytes as the site serves them now, if it exists: the search directory a publication extends. */
    java.util.Optional<byte[]> read(String key);
}
