package news.broadsheet.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.PreconditionRequired;
import news.broadsheet.failure.VersionConflict;

/**
 * ETags are the version in decimal, in quotes ({@code "3"}); a write must name the version it read in
 * If-Match. The header is read as RFC 9110 section 13.1.1 defines it: {@code #entity-tag}, compared
 * strongly (section 8.8.3.2), so a weak tag never matches and an opaque tag matches only when it is
 * exactly the characters of a version's ETag ({@code "+1"} and {@code "01"} are not {@code "1"}).
 * A header that is not a list of entity-tags is the caller's 400. {@code *} is not offered: every
 * write that takes If-Match edits a resource the caller has read. A create that must not replace what
 * someone else made meanwhile sends {@code If-None-Match: *} (section 13.1.2), which fails as a 412.
 */
public final class Preconditions {
    /** entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE; etagc = %x21 / %x23-7E / obs-text (RFC 9110 section 8.8.3). */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"");
    /** The characters a version's ETag holds: a long written as Long.toString writes it. */
    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,18}");

    private Preconditions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by If-Match; 428 when it is missing, 400 when it is no list of entity-tags, 412 when no tag can match. */
    public static long ifMatch(ApiRequest request) {
        String header = request.header("if-match");
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired("send If-Match with the ETag you read, so that no one's change is lost");
        }
        List<Long> versions = new ArrayList<>();
        for (String member : header.split(",", -1)) {
            String tag = member.strip();
            if (tag.isEmpty()) {
                continue; // RFC 9110 section 5.6.1: empty list elements are ignored
            }
            Matcher m = ENTITY_TAG.matcher(tag);
            if (!m.matches()) {
                throw new BadRequest("If-Match must be entity tags such as \"3\" (RFC 9110 section 13.1.1); got " + header);
            }
            if (m.group(1) == null && VERSION.matcher(m.group(2)).matches() && fitsALong(m.group(2))) {
                versions.add(Long.parseLong(m.group(2)));
            }
        }
        if (versions.isEmpty()) {
            throw new VersionConflict("If-Match " + header + " matches no version of this resource (a weak tag never does)");
        }
        if (versions.stream().distinct().count() > 1) {
            throw new BadRequest("If-Match names more than one version; send the one ETag you read");
        }
        return versions.get(0);
    }

    /**
     * Whether If-None-Match asks to create only when nothing is there: true for {@code *}, false with no
     * header, 400 for anything else (a list of tags would mean "unless it is that version", which no
     * write here offers; If-Match says what is meant).
     */
    public static boolean ifNoneMatchAny(ApiRequest request) {
        String header = request.header("if-none-match");
        if (header == null || header.isBlank()) {
            return false;
        }
        if (!header.strip().equals("*")) {
            throw new BadRequest("If-None-Match takes only * here (create only if absent, RFC 9110 section 13.1.2); got " + header);
        }
        return true;
    }

    private static boolean fitsALong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
