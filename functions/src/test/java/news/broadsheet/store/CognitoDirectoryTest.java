package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.people.PeopleService;
import news.broadsheet.people.RoleChange;
import org.junit.jupiter.api.Test;

/**
 * The editor's own account is safe from a role change and a removal even when the pool finds a user by
 * a {@code sub} that differs from theirs only in letter case: what counts is the sub the pool answers.
 */
class CognitoDirectoryTest {
    static final String SUB = "0a1b2c3d-aaaa-bbbb-cccc-0123456789ef";
    static final Principal EDITOR = new Principal(SUB, EnumSet.of(Role.EDITOR));

    /** A pool of one editor whose ListUsers filter compares {@code sub} without regard to case; it keeps the calls that change anyone. */
    static final class LoosePool implements CognitoDirectory.Calls {
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
        final List<String> changes = new ArrayList<>();

        @Override
        public JsonNode call(String action, JsonNode body) {
            ObjectNode answer = NODES.objectNode();
            switch (action) {
                case "ListUsers" -> {
                    String asked = body.path("Filter").asText().replaceAll("^sub = \"(.*)\"$", "$1");
                    if (asked.toLowerCase(Locale.ROOT).equals(SUB)) {
                        ObjectNode user = answer.putArray("Users").addObject().put("Username", "editor@example.com").put("Enabled", true);
                        user.putArray("Attributes").add(NODES.objectNode().put("Name", "sub").put("Value", SUB))
                                .add(NODES.objectNode().put("Name", "email").put("Value", "editor@example.com"));
                    } else {
                        answer.putArray("Users");
                    }
                }
                case "AdminListGroupsForUser" -> answer.putArray("Groups").addObject().put("GroupName", "editor");
                default -> changes.add(action);
            }
            return answer;
        }
    }

    @Test
    void anEditorNamingThemselvesInOtherLetterCase_isRefusedAsThemselves_andNothingChanges() {
        LoosePool pool = new LoosePool();
        PeopleService people = new PeopleService(new CognitoDirectory(pool, "pool-1"));
        String upper = SUB.toUpperCase(Locale.ROOT);

        assertThatThrownBy(() -> people.changeRole(upper, new RoleChange("reporter"), EDITOR))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.getMessage()).contains("your own role"));
        assertThatThrownBy(() -> people.remove(upper, EDITOR))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.getMessage()).contains("remove yourself"));
        assertThat(pool.changes).isEmpty();
    }
}
