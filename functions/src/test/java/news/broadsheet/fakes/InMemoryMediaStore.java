package news.broadsheet.fakes;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.broadsheet.media.Media;
import news.broadsheet.media.MediaState;
import news.broadsheet.media.MediaStore;

/** {@link MediaStore} in memory. */
public final class InMemoryMediaStore implements MediaStore {
    private final Map<String, Media> records = new TreeMap<>();
    private final Map<String, java.util.Set<String>> users = new TreeMap<>();

    @Override
    public synchronized void insert(Media media) {
        records.put(media.id(), media);
    }

    @Override
    public synchronized Optional<Media> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized Map<String, Media> findAll(Collection<String> ids) {
        Map<String, Media> found = new TreeMap<>();
        ids.stream().filter(records::containsKey).forEach(id -> found.put(id, records.get(id)));
        return found;
    }

    @Override
    public synchronized boolean finish(Media outcome) {
        if (records.get(outcome.id()) == null || records.get(outcome.id()).state() != MediaState.UPLOADED) {
            return false;
        }
        records.put(outcome.id(), outcome);
        return true;
    }

    @Override
    public synchronized boolean use(String id, String date) {
        if (!records.containsKey(id)) {
            return false;
        }
        users.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(date);
        return true;
    }

    @Override
    public synchronized boolean release(String id, String date) {
        java.util.Set<String> of = users.getOrDefault(id, java.util.Set.of());
        of.remove(date);
        return of.isEmpty();
    }

    @Override
    public synchronized java.util.Set<String> usedBy(String id) {
        return java.util.Set.copyOf(users.getOrDefault(id, java.util.Set.of()));
    }

    @Override
    public synchronized boolean deleteIfUnused(String id) {
        if (!usedBy(id).isEmpty()) {
            return false;
        }
        records.remove(id);
        return true;
    }
}
