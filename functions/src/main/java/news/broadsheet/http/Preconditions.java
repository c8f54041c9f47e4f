package news.broadsheet.http;

import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.PreconditionRequired;
import news.broadsheet.failure.VersionConflict;

/** ETags are the version in quotes; a write must name the version it read in If-Match. */
public final class Preconditions {
    private Preconditions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by If-Match; 428 when it is missing, 412 when it names no version. */
    public static long ifMatch(ApiRequest request) {
        String header = request.header("if-match");
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired("send If-Match with the ETag you read, so that no one's change is lost");
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            throw new BadRequest("If-Match needs a strong ETag such as \"3\"");
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new VersionConflict("If-Match " + header + " matches no version of this resource");
        }
    }
}
