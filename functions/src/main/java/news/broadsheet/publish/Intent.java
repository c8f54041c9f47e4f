package news.broadsheet.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.broadsheet.publish.PublishedStore.PointerWrite;
import news.broadsheet.publish.PublishedStore.SiteWrite;
import news.broadsheet.render.SiteUrls;

/**
 * The records a publication will commit, as last read or written: it marks what it is about to touch
 * as unconfirmed before the first upload, and its commit is conditional on these revisions.
 */
final class Intent {
    PublishedEdition edition;
    SiteRecord site;
    private final Map<String, PublishedEdition> neighbours = new LinkedHashMap<>();

    Intent(PublishedEdition edition, SiteRecord site, List<SiteAssembly.NeighbourView> views) {
        this.edition = edition;
        this.site = site;
        views.forEach(v -> neighbours.put(v.pointer().date(), v.pointer()));
    }

    PublishedEdition neighbour(String date) {
        return neighbours.get(date);
    }

    /** One all-or-nothing write: the edition dirty, the neighbours' views dirty, the site keys unconfirmed. */
    void write(PublishedStore store, Set<String> touched) {
        List<PointerWrite> pointers = new ArrayList<>();
        String scope = "edition/" + edition.date();
        boolean editionTouched = touched.stream().anyMatch(k -> Planner.scopeOf(k).equals(scope));
        if (editionTouched && !edition.dirty()) {
            pointers.add(new PointerWrite(edition.markedDirty(), edition.revision()));
            edition = bumped(edition.markedDirty());
        }
        for (Map.Entry<String, PublishedEdition> n : neighbours.entrySet()) {
            if (touched.contains(SiteUrls.key(SiteUrls.edition(n.getKey()))) && !n.getValue().viewDirty()) {
                pointers.add(new PointerWrite(n.getValue().markedViewDirty(), n.getValue().revision()));
                n.setValue(bumped(n.getValue().markedViewDirty()));
            }
        }
        Set<String> siteKeys = touched.stream().filter(k -> Planner.scopeOf(k).equals("site")).collect(Collectors.toSet());
        // An edition not yet on the site is opened in the same step, so that if this run dies the next
        // publication knows to take down what it uploaded ({@link Abandoned}).
        boolean opens = editionTouched && !edition.committed() && !site.opened().contains(edition.date());
        SiteWrite siteWrite = null;
        if (!site.unconfirmed().containsAll(siteKeys) || opens) {
            SiteRecord next = opens ? site.withUnconfirmed(siteKeys).withOpened(edition.date(), true) : site.withUnconfirmed(siteKeys);
            siteWrite = new SiteWrite(next, site.version());
            site = next.withVersion(site.version() + 1);
        }
        if (!pointers.isEmpty() || siteWrite != null) {
            store.write(pointers, siteWrite);
        }
    }

    private static PublishedEdition bumped(PublishedEdition e) {
        return e.withRevision(e.revision() + 1);
    }
}
