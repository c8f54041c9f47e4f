package news.broadsheet.store;

/**
 * The single-table layout. Every item has {@code pk}/{@code sk}; sparse indexes serve listings:
 * GSI1 ("by edition": articles of an edition by page, and editions by date), GSI2 ("by status"),
 * GSI3 ("latest": every article by its last editorial change) and GSI4 ("by author"), the last three
 * sorted by update time.
 * The attribute and index names here must match template.yaml; a test checks that they do.
 */
public final class Keys {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String GSI2 = "gsi2";
    public static final String GSI2_PK = "gsi2pk";
    public static final String GSI2_SK = "gsi2sk";
    public static final String GSI3 = "gsi3";
    public static final String GSI3_PK = "gsi3pk";
    public static final String GSI3_SK = "gsi3sk";
    public static final String GSI4 = "gsi4";
    public static final String GSI4_PK = "gsi4pk";
    public static final String GSI4_SK = "gsi4sk";
    public static final String TTL = "expiresAt";

    public static final String CURRENT = "CURRENT";
    /** DynamoDB's largest partition key value, of a table or an index: 2,048 bytes of UTF-8 (Developer Guide, "Service, account, and table quotas": partition key value). */
    public static final int MAX_PARTITION_KEY_BYTES = 2048;
    /** DynamoDB's largest sort key value: 1,024 bytes of UTF-8 (the same quotas: sort key value). */
    public static final int MAX_SORT_KEY_BYTES = 1024;

    private Keys() {}

    private static final java.time.format.DateTimeFormatter NINE_DIGIT_FRACTION =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(java.time.ZoneOffset.UTC);

    /**
     * A stored time ({@code Instant.toString()}) as it goes into a sort key: UTC with all nine fraction
     * digits, so that keys sort as the times do. {@code Instant.toString} prints only the digits it
     * needs, and as text {@code .123456001Z} sorts before {@code .123456Z}, a nanosecond earlier.
     * A value that is not an instant is kept as it is.
     */
    public static String sortableTime(String instant) {
        try {
            return NINE_DIGIT_FRACTION.format(java.time.Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    /**
     * Whether DynamoDB can hold an item at {@code pk} / {@code sk} ({@code sk} null: a partition alone).
     * DynamoDB refuses a read with a longer key (ValidationException, which would be a 500) rather than
     * answer that nothing is there, and the emulators do not refuse it at all; so a look-up by an id,
     * author or path a client chose asks here first, and a key too long to exist finds nothing.
     */
    public static boolean fits(String pk, String sk) {
        return pk.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_PARTITION_KEY_BYTES
                && (sk == null || sk.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SORT_KEY_BYTES);
    }

    /**
     * Whether DynamoDB can hold {@code value} as the key attribute {@code attribute}: a partition key
     * ({@link #PK} or an index's {@code …pk}) within {@link #MAX_PARTITION_KEY_BYTES}, any other key
     * attribute (a sort key) within {@link #MAX_SORT_KEY_BYTES}.
     */
    public static boolean fitsAttribute(String attribute, String value) {
        return attribute.endsWith(PK) ? fits(value, null) : fits("", value);
    }

    public static String article(String id) {
        return "ARTICLE#" + id;
    }

    public static final String EDITIONS = "EDITIONS";
    public static final String PUBLISHING_LOCK = "PUBLISHING";

    public static String edition(String date) {
        return "EDITION#" + date;
    }

    public static String publication(String id) {
        return "PUBLICATION#" + id;
    }

    /** GSI1's partition of an edition's publishing jobs, sorted by creation time. */
    public static String publicationsOf(String date) {
        return "PUBLICATIONS#" + date;
    }

    /** The published record: each edition's pointer (sk {@link #PUBLISHED}), listed by date in GSI1 under {@link #PUBLISHED_EDITIONS}. */
    public static final String PUBLISHED = "PUBLISHED";
    public static final String PUBLISHED_EDITIONS = "PUBLISHED_EDITIONS";
    /** The site-wide record, at {@code SITE / PUBLISHED}. */
    public static final String SITE = "SITE";
    /** The site-wide corrections log: one partition, a line per entry, sorted by time. */
    public static final String CORRECTIONS_LOG = "CORRECTIONS";

    /**
     * The editions whose published snapshot may show an article: {@code SHOWN#articleId / date}, one
     * small item each, so "where is this article on the site?" is one keyed query.
     */
    public static String shown(String articleId) {
        return "SHOWN#" + articleId;
    }

    public static String logLine(String key) {
        return "LOG#" + key;
    }

    /** The parts of one staged or committed snapshot: {@code SNAPSHOT#id / PART#00001 …}. */
    /** A month of the published archive ({@code YYYY-MM}), at {@code ARCHIVE#YYYY-MM / PUBLISHED}. */
    public static String archiveMonth(String month) {
        return "ARCHIVE#" + month;
    }

    public static String snapshot(String id) {
        return "SNAPSHOT#" + id;
    }

    /**
     * The site keys a publication removed (an edition taken down, a withdrawn article), one item each
     * at {@code GONE#scope / key}, the scope being the planner's ({@code edition/2026-01-06} or {@code site}).
     */
    public static String gone(String scope) {
        return "GONE#" + scope;
    }

    public static String part(int n) {
        return String.format("PART#%05d", n);
    }

    public static String media(String id) {
        return "MEDIA#" + id;
    }

    public static final String REVISION_PREFIX = "REV#";
    /** GSI3's one partition: a newsroom writes hundreds of articles a day, far below a partition's 1,000 writes a second. */
    public static final String ALL_ARTICLES = "ARTICLES";

    public static String revision(long version) {
        return String.format(REVISION_PREFIX + "%010d", version);
    }

    public static String articlesBy(String author) {
        return "AUTHOR#" + author;
    }

    public static String importOf(String importId) {
        return "IMPORT#" + importId;
    }

    public static String idempotency(String subject, String key) {
        return "IDEMPOTENCY#" + subject + "#" + key;
    }

    public static String articlesOfEdition(String date) {
        return "PLACED#" + date;
    }

    public static String articlesWithStatus(String status) {
        return "STATUS#" + status;
    }
}
