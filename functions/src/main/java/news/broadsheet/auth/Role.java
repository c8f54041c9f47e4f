package news.broadsheet.auth;

import java.util.Locale;
import java.util.Optional;

/** The newsroom roles, named as the Cognito groups are. */
public enum Role {
    /** Writes stories: creates, edits own drafts, marks them ready. */
    REPORTER,
    /** Runs the paper: edits and deletes anything, builds editions, publishes. */
    EDITOR;

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromGroup(String group) {
        for (Role r : values()) {
            if (r.group().equals(group.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
