package news.broadsheet.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an article is in its life: written, checked, out in an edition, or taken back. */
public enum Status {
    DRAFT, READY, PUBLISHED, WITHDRAWN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Status fromWire(String value) {
        for (Status s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + value + "'; one of draft, ready, published, withdrawn");
    }
}
