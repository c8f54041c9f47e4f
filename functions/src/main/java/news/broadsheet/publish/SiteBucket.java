package news.broadsheet.publish;

/** Where the reader site lives (an S3 bucket behind the CDN, or a folder for a static export). */
public interface SiteBucket {
    void put(SiteObject object);

    void delete(String key);
}
