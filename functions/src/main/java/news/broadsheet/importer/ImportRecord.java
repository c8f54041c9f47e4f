package news.broadsheet.importer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one import made: the drafts created from one page's bytes for one edition and page. Its
 * {@code id} is derived from those three, so the same page imported again finds it.
 *
 * @param sha256 the SHA-256 of the page's canonical text ({@link PageIdentity}), in hex; of its exact bytes
 *     for records written before that rule
 * @param articles the drafts' ids in page order
 * @param joined the stories on other pages this page's continuations were appended to (ids; empty when none)
 * @param repeats the id of the earlier import of the same words into this edition that this one repeats on
 *     purpose ({@code ?duplicateOf=}: the same notice printed on another page); null for an import of new words
 */
public record ImportRecord(String id, String edition, int page, String sha256, List<String> articles,
                           String importedAt, String importedBy, List<String> joined,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String repeats) {
    public ImportRecord {
        articles = List.copyOf(articles);
        // Records written before jumps were joined carry no list.
        joined = joined == null ? List.of() : List.copyOf(joined);
    }

    /** An import that repeats no earlier one. */
    public ImportRecord(String id, String edition, int page, String sha256, List<String> articles,
                        String importedAt, String importedBy, List<String> joined) {
        this(id, edition, page, sha256, articles, importedAt, importedBy, joined, null);
    }

    public String location() {
        return "/api/imports/" + id;
    }
}
