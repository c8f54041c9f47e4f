package news.broadsheet.fakes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.broadsheet.epaper.EditionPdf;
import news.broadsheet.epaper.PrintPage;
import news.broadsheet.epaper.PrintPageStore;

/** {@link PrintPageStore} in memory, with the same version conditions. */
public final class InMemoryPrintPageStore implements PrintPageStore {
    private final Map<String, PrintPage> pages = new TreeMap<>();
    private final Map<String, EditionPdf> editions = new TreeMap<>();

    private static String key(String date, int page) {
        return date + "/" + String.format("%03d", page);
    }

    @Override
    public synchronized Optional<PrintPage> find(String date, int page) {
        return Optional.ofNullable(pages.get(key(date, page)));
    }

    @Override
    public synchronized List<PrintPage> findEdition(String date) {
        return pages.values().stream().filter(p -> p.date().equals(date)).toList();
    }

    @Override
    public synchronized boolean save(PrintPage next, long expectedVersion) {
        PrintPage stored = pages.get(key(next.date(), next.page()));
        long version = stored == null ? 0 : stored.version();
        if (version != expectedVersion) {
            return false;
        }
        pages.put(key(next.date(), next.page()), next);
        return true;
    }

    @Override
    public synchronized Optional<EditionPdf> findEditionPdf(String date) {
        return Optional.ofNullable(editions.get(date));
    }

    @Override
    public synchronized void saveEditionPdf(EditionPdf pdf) {
        editions.put(pdf.date(), pdf);
    }
}
