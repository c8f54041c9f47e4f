package news.broadsheet.media;

/** {@code POST /api/media}: the file a client is about to upload; {@code size} in bytes. */
public record UploadRequest(String filename, String contentType, Long size) {}
