package news.broadsheet.publish;

import java.util.Map;

/**
 * The record of what is live, one scope at a time ("site" for site-wide files, "edition/DATE" for
 * one edition's), so that a publication reads and writes only the scopes it touches.
 */
public interface ManifestStore {
    Map<String, ManifestEntry> load(String scope);

    void save(String scope, Map<String, ManifestEntry> entries);

    static String scopeOf(String key) {
        if (key.startsWith("editions/")) {
            int end = key.indexOf('/', "editions/".length());
            return "edition/" + key.substring("editions/".length(), end < 0 ? key.length() : end);
        }
        return "site";
    }
}
