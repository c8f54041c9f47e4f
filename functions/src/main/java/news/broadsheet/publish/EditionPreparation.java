package news.broadsheet.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SitemapIndex;
import news.broadsheet.search.SearchDirectory;
import news.broadsheet.search.SearchIndex;

/**
 * Prepares an edition's publication ({@link PublicationRun.EditionRun}): decides what it shows
 * ({@link Shown}), renders it with the site-wide pages it names and its neighbours' views, and says
 * what is live and what the commit writes. Reads only.
 */
final class EditionPreparation {
    private EditionPreparation() {}

    static Prepared prepare(Reading reading, PublicationRun.EditionRun run, Instant startedAt) {
        String date = run.date();
        PublishedStore published = reading.published();
        PublishedEdition was = published.find(date).orElse(PublishedEdition.none(date));
        Snapshot before = was.committed() ? published.snapshot(was) : null;
        SiteRecord site = published.site();
        EditionSource.Read read = run.source().read(reading, date, before, startedAt);
        Shown.Result shown = Shown.decide(read.edition(), read.articles(), before, reading.imageExists(), reading.media(),
                was.publishedAt(), startedAt.toString());
        PrintedPages.Result printed = reading.prints().of(shown.content());
        List<HeldArticle> held = new ArrayList<>(shown.held());
        held.addAll(read.stillHeld());
        Snapshot draft = Snapshots.of(shown.content(), shown.decisions(), Map.of()).withHeld(held);
        List<LoggedCorrection> corrections = Corrections.newlyShown(shown.content(), before);
        List<LoggedCorrection> gone = Corrections.noLongerShown(shown.content(), before);
        OtherCopies.require(date, shown.content(), shown.decisions(), corrections, published);
        SiteAssembly.Assembled assembled = reading.assembly().publishing(shown.content().withPrints(printed.pages()), draft, site,
                was, corrections, gone, run.pages());
        ArchiveUpdate.Result archive = assembled.archive();

        // The edition's search segment (a leaf of the edition, under its folder) and the directory that
        // points at it (a site-wide file, uploaded after the segment because site files go last).
        SearchDirectory index = reading.bucket().read(SearchDirectory.KEY).map(SearchDirectory::read).orElse(null);
        List<RenderedFile> search = SearchIndex.publish(shown.content(), index);
        List<RenderedFile> editionLeaves = new ArrayList<>(printed.files());
        editionLeaves.addAll(assembled.editionFiles());
        List<RenderedFile> siteWideFiles = new ArrayList<>(assembled.siteFiles());
        search.forEach(f -> (f.key().equals(SearchDirectory.KEY) ? siteWideFiles : editionLeaves).add(f));
        if (archive.sitemap() != null) {
            siteWideFiles.add(archive.sitemap());
        }
        HeaderRules headers = reading.headers();
        Map<String, SiteObject> objects = new LinkedHashMap<>();
        editionLeaves.forEach(f -> objects.put(f.key(), headers.object(f)));
        siteWideFiles.forEach(f -> objects.put(f.key(), headers.object(f)));
        archive.pages().forEach(f -> objects.put(f.key(), headers.object(f)));
        assembled.neighbours().forEach(n -> objects.put(n.file().key(), headers.object(n.file())));

        boolean all = run.pages() == SiteAssembly.SitePages.ALL;
        Map<String, ManifestEntry> live = new HashMap<>(reading.editionLive(was, before));
        live.putAll(archive.live());
        if (all) {
            live.putAll(Reading.siteLive(site));
        } else {
            // A back issue renders only the assets and the search directory of the site-wide files; the others stay as committed.
            live.putAll(Reading.siteLive(site, objects.keySet()));
        }
        if (archive.sitemap() == null) {
            live.remove(SitemapIndex.KEY);   // left as committed, not an orphan
        }
        assembled.neighbours().forEach(n -> live.put(n.file().key(), n.pointer().viewDirty() || n.pointer().view() == null
                ? ManifestEntry.UNCONFIRMED : n.pointer().view()));
        // A key that comes back after a take-down or withdrawal may have its 410 cached: the plan invalidates it.
        published.buriedIn("edition/" + date).forEach(k -> live.putIfAbsent(k, ManifestEntry.REMOVED));
        List<String> scopes = all ? List.of("edition/" + date, "site") : List.of("edition/" + date);

        String firstPublished = was.publishedAt() == null ? startedAt.toString() : was.publishedAt();
        Commit commit = Commit.publishing(was, draft, assembled, editionLeaves, siteWideFiles, objects, site, run.pages(),
                firstPublished, corrections, gone);
        return new Prepared(objects, live, scopes, Planner.MAX_DELETES, was, before, site, assembled.neighbours(), commit,
                shown.preflight().withPrints(printed.notes()));
    }
}
