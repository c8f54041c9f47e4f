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
}
