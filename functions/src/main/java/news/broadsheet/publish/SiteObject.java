package news.broadsheet.publish;

/** A file ready to upload: key, bytes, the headers it is served with, and the SHA-256 of its bytes. */
public record SiteObject(String key, byte[] bytes, String contentType, String cacheControl, String sha256) {}
