package news.broadsheet.publish;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.media.Media;
import news.broadsheet.render.SiteRenderer;
import news.broadsheet.render.SiteUrls;

/**
 * What a {@link PublicationRun#prepare} may read and render with. Nothing here is written by a
 * preparation: the stores are only read, the bucket only read and listed.
 *
 * @param media the uploaded photos image blocks name, by id (none when the publisher has no media store)
 * @param imageExists whether an image file is in the bucket
 * @param prints the 版面' printed pages (e-paper) an edition's publication copies into its scope
 */
record Reading(ArticleStore articles, EditionStore editions, PublishedStore published, SiteBucket bucket,
               SiteRenderer renderer, HeaderRules headers, Clock clock, SiteAssembly assembly, ArchiveUpdate archive,
               Function<Collection<String>, Map<String, Media>> media, Predicate<String> imageExists,
               PrintedPages prints) {

    /** The edition scope as recorded; after an uncommitted run, whatever the bucket holds there, all unconfirmed. */
    Map<String, ManifestEntry> editionLive(PublishedEdition was, Snapshot before) {
        Map<String, ManifestEntry> live = new HashMap<>();
        if (was.dirty()) {
            bucket.keys("editions/" + was.date() + "/").forEach(k -> live.put(k, ManifestEntry.UNCONFIRMED));
            return live;
        }
        if (before != null) {
            live.putAll(before.files());
        }
        if (was.view() != null) {
            live.put(SiteUrls.key(SiteUrls.edition(was.date())), was.viewDirty() ? ManifestEntry.UNCONFIRMED : was.view());
        }
        return live;
    }

    /** The site record's files as live, those a failed run left unconfirmed as such. */
    static Map<String, ManifestEntry> siteLive(SiteRecord site) {
        Map<String, ManifestEntry> live = new HashMap<>(site.files());
        site.unconfirmed().forEach(k -> live.put(k, ManifestEntry.UNCONFIRMED));
        return live;
    }

    /** As {@link #siteLive(SiteRecord)}, for the keys a run rendered alone: the others stay as committed, not orphans. */
    static Map<String, ManifestEntry> siteLive(SiteRecord site, java.util.Set<String> rendered) {
        Map<String, ManifestEntry> live = siteLive(site);
        live.keySet().retainAll(rendered);
        return live;
    }
}
