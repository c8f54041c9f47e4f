package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.failure.NotFound;
import news.broadsheet.render.RenderedFile;

/**
 * Prepares a site refresh ({@link PublicationRun.SiteRefresh}): the site-wide pages from the
 * record, the month pages and sitemap index a back issue left unconfirmed; no edition. Reads only.
 */
final class Refresh {
    private Refresh() {}

    /** @throws NotFound when nothing is on the site */
    static Prepared prepare(Reading reading) {
        SiteRecord site = reading.published().site();
        if (site.latest() == null) {
            throw new NotFound("nothing is on the site yet");
        }
        SiteAssembly.Assembled r = reading.assembly().refreshing(site);
        ArchiveUpdate.Result archive = r.archive();
        List<RenderedFile> files = new ArrayList<>(r.siteFiles());
        if (archive.sitemap() != null) {
            files.add(archive.sitemap());
        }
        Map<String, SiteObject> objects = new LinkedHashMap<>();
        files.forEach(f -> objects.put(f.key(), reading.headers().object(f)));
        archive.pages().forEach(f -> objects.put(f.key(), reading.headers().object(f)));
        Map<String, ManifestEntry> live = new HashMap<>(archive.live());
        live.putAll(Reading.siteLive(site, objects.keySet()));
        return new Prepared(objects, live, List.of(), Planner.MAX_DELETES, null, null, site, List.of(),
                Commit.refreshing(site, files, objects, archive), null);
    }
}
