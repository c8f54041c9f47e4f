package news.broadsheet.fakes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaStore;

/** Media records in a map, for tests of pure publishing logic. */
public final class InMemoryMediaStore implements MediaStore {
    private final Map<String, Media> records = new ConcurrentHashMap<>();

    @Override
    public void insert(Media media) {
        records.put(media.id(), media);
    }

    @Override
    public Optional<Media> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public Map<String, Media> findAll(Collection<String> ids) {
        Map<String, Media> found = new HashMap<>();
        ids.forEach(id -> find(id).ifPresent(m -> found.put(id, m)));
        return found;
    }

    @Override
    public boolean finish(Media outcome) {
        return records.computeIfPresent(outcome.id(), (id, m) -> m.isProcessed() ? m : outcome) == outcome;
    }
}
