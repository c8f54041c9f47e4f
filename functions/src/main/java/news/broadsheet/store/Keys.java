package news.broadsheet.store;

/**
 * The single-table layout. Every item has {@code pk}/{@code sk}; two sparse indexes serve listings:
 * GSI1 ("by edition": articles of an edition by page, and editions by date) and GSI2 ("by status").
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
    public static final String TTL = "expiresAt";

    public static final String CURRENT = "CURRENT";

    private Keys() {}

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

    public static String manifest(String scope) {
        return "MANIFEST#" + scope;
    }

    public static String media(String id) {
        return "MEDIA#" + id;
    }

    public static String revision(long version) {
        return String.format("REV#%010d", version);
    }

    public static String articlesOfEdition(String date) {
        return "PLACED#" + date;
    }

    public static String articlesWithStatus(String status) {
        return "STATUS#" + status;
    }
}
