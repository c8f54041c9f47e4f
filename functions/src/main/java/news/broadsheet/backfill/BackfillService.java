package news.broadsheet.backfill;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.article.Status;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionInput;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionService;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Invalid;
import news.broadsheet.importer.ArchiveDump;
import news.broadsheet.importer.ImportService;
import news.broadsheet.publish.PublishedEdition;
import news.broadsheet.publish.PublishedStore;

/**
 * Files one archive-dump file of a back issue: its stories imported as ready articles (or, for a
 * file imported before, the earlier import's articles, made ready), and its 版面 merged into the
 * edition's layout, which is created when the edition is new. Sending the same file again changes
 * nothing, so a backfill that was interrupted is simply run again; a file not imported before, for an
 * edition already on the site, is refused (409) rather than laid out beside what was published. Publishing is the caller's next
 * step ({@code POST /api/editions/{date}/publish?mode=backfill}).
 */
public final class BackfillService {
    private final ImportService imports;
    private final ArticleStore articles;
    private final ArticleService articleService;
    private final EditionStore editions;
    private final EditionService editionService;
    private final PublishedStore published;
    private final BackIssueDates dates;

    public BackfillService(ImportService imports, ArticleStore articles, ArticleService articleService, EditionStore editions,
                           EditionService editionService, PublishedStore published, BackIssueDates dates) {
        this.dates = dates;
        this.imports = imports;
        this.articles = articles;
        this.articleService = articleService;
        this.editions = editions;
        this.editionService = editionService;
        this.published = published;
    }

    /**
     * What one file did: its edition, whether this call imported it ({@code fresh}, with the importer's
     * report) or found it imported before, the pages it gives (names from its 第N版(…) headers), and
     * whether the edition already stands on the site.
     */
    public record Filed(String edition, String paper, ImportService.BackIssue imported, List<EditionPage> pages,
                        Edition layout, boolean published) {}

    /**
     * @param edition YYYY-MM-DD, or null to take it from the file's first line
     * @param number the edition's issue number (期号) when this file creates it; an existing edition keeps its own
     * @throws Invalid when the date is missing, disagrees with the file or is outside {@link BackIssueDates}, or
     *     the number is missing for a new edition
     */
    public Filed file(String text, String edition, Integer number, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        ArchiveDump.Dump dump = ArchiveDump.read(text);
        String wanted = edition != null ? edition : dump.date();
        dates.check("edition", wanted);
        if (wanted != null && onSite(wanted) && imports.earlierBackIssue(text, edition).isEmpty()) {
            // A file changed since its edition went out would add its stories beside the published ones.
            throw new Conflict("edition " + wanted + " is on the site and this file is not one imported into it before;"
                    + " correct the published articles instead, or take the edition down first");
        }
        ImportService.BackIssue imported = imports.importBackIssue(text, edition, who);
        String date = imported.edition();
        // A file imported before: its articles are read once, for their pages and to make them ready.
        Map<String, Article> earlier = imported.fresh() != null ? Map.of() : articles.findAll(imported.record().articles());
        List<EditionPage> pages = imported.fresh() != null ? imported.fresh().pages()
                : pagesOf(earlier, imported.record().articles(), dump);
        makeReady(earlier.values(), who);
        Edition current = editions.find(date).orElse(null);
        Edition layout = current;
        List<EditionPage> merged = BackIssueLayout.merge(current == null ? List.of() : current.pages(), pages);
        if (current == null || !merged.equals(current.pages())) {
            if (current == null && (number == null || number < 1)) {
                throw new Invalid(List.of(new Invalid.FieldError("number", "is required for a new edition: its issue number, 1 or more")));
            }
            int n = current == null ? number : current.number();
            layout = editionService.put(date, new EditionInput(n, merged, current == null ? null : current.publishAt()),
                    current == null ? null : current.version(), who).edition();
        }
        // Read again, not reused from above: a publication may have committed while this file was filed.
        return new Filed(date, dump.paper(), imported, pages, layout, onSite(date));
    }

    /** Whether the edition stands on the site (its publication committed). */
    private boolean onSite(String date) {
        return published.find(date).filter(PublishedEdition::committed).isPresent();
    }

    /** A file imported earlier (perhaps by a plain import, as drafts): its articles are made ready, once. */
    private void makeReady(Collection<Article> earlier, Principal who) {
        for (Article a : earlier) {
            if (a.status() == Status.DRAFT) {
                articleService.edit(a.id(), a.version(), in -> in.withStatus(Status.READY), who);
            }
        }
    }

    /** The pages of an earlier import: each article on the page it was placed on, named as the file's headers name it. */
    static List<EditionPage> pagesOf(Map<String, Article> found, List<String> order, ArchiveDump.Dump dump) {
        Map<Integer, String> names = new LinkedHashMap<>();
        dump.stories().forEach(s -> names.putIfAbsent(s.page(), s.pageName().isBlank() ? "第" + s.page() + "版" : s.pageName()));
        Map<Integer, List<String>> onPage = new TreeMap<>();
        for (String id : order) {
            Article a = found.get(id);
            if (a != null && a.page() != null) {
                onPage.computeIfAbsent(a.page(), p -> new ArrayList<>()).add(id);
            }
        }
        List<EditionPage> pages = new ArrayList<>();
        onPage.forEach((p, ids) -> pages.add(new EditionPage(p, names.getOrDefault(p, "第" + p + "版"), ids)));
        return pages;
    }
}
