package news.broadsheet.importer;

import java.util.List;

/**
 * What one import made: the drafts created from one page's bytes for one edition and page. Its
 * {@code id} is derived from those three, so the same page imported again finds it.
 *
 * @param sha256 the SHA-256 of the page's canonical text ({@link PageIdentity}), in hex; of its exact bytes
 *     for records written before that rule
 * @param articles the drafts' ids in page order
 * @param joined the stories on other pages this page's continuations were appended to (ids; empty when none)
 */
public record ImportRecord(String id, String edition, int page, String sha256, List<String> articles,
                           String importedAt, String importedBy, List<String> joined) {
    public ImportRecord {
        articles = List.copyOf(articles);
        // Records written before jumps were joined carry no list.
        joined = joined == null ? List.of() : List.copyOf(joined);
    }

    public String location() {
        return "/api/imports/" + id;
    }
}
