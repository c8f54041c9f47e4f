package news.broadsheet.fakes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.publish.SiteObject;

/** {@link SiteBucket} in memory; counts requests, and can fail every put after a number of them. */
public final class InMemorySiteBucket implements SiteBucket {
    public final Map<String, SiteObject> objects = new TreeMap<>();
    public final AtomicInteger puts = new AtomicInteger();
    private volatile int failAfterPuts = Integer.MAX_VALUE;

    @Override
    public synchronized void put(SiteObject object) {
        if (puts.incrementAndGet() > failAfterPuts) {
            throw new IllegalStateException("injected failure uploading " + object.key());
        }
        objects.put(object.key(), object);
    }

    @Override
    public synchronized void delete(String key) {
        objects.remove(key);
    }

    @Override
    public synchronized List<String> keys(String prefix) {
        return objects.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }

    @Override
    public synchronized java.util.Optional<byte[]> read(String key) {
        return java.util.Optional.ofNullable(objects.get(key)).map(SiteObject::bytes);
    }

    @Override
    public synchronized boolean exists(String key) {
        return objects.containsKey(key);
    }

    /** Every put from now on past {@code n} more fails. */
    public void failAfter(int n) {
        failAfterPuts = puts.get() + n;
    }

    public void heal() {
        failAfterPuts = Integer.MAX_VALUE;
    }

    public synchronized String text(String key) {
        SiteObject o = objects.get(key);
        return o == null ? null : new String(o.bytes(), StandardCharsets.UTF_8);
    }

    /** Key to SHA-256: what a reader could fetch, to compare two sites byte for byte. */
    public synchronized Map<String, String> hashes() {
        Map<String, String> out = new TreeMap<>();
        objects.forEach((k, o) -> out.put(k, o.sha256()));
        return out;
    }
}
