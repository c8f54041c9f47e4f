package news.broadsheet.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396): a member set to {@code null} removes it, an object merges member by
 * member, anything else (text, numbers, arrays) replaces the target's value whole.
 */
public final class MergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {}

    /** The result of applying {@code patch} to {@code target}; neither argument is changed. The algorithm of RFC 7396 §2. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : Json.mapper().createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> members = patch.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
