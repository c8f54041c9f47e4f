package news.broadsheet.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.NotFound;
import news.broadsheet.people.Directory;
import news.broadsheet.people.NewPerson;
import news.broadsheet.people.Person;

/**
 * The newsroom's people in a Cognito user pool whose groups are the roles ({@code editor},
 * {@code reporter}). Adding is AdminCreateUser (Cognito e-mails the invitation with a temporary
 * password; the pool signs in by e-mail) then AdminAddUserToGroup; if the second fails the user is
 * deleted again (AdminDeleteUser), so nobody is left in the pool without a role. Listing is
 * ListUsersInGroup per role, 60 users a page (Cognito's maximum), leaving out disabled users. A role
 * change is AdminAddUserToGroup then AdminRemoveUserFromGroup (never without a role); removing is
 * AdminDisableUser then AdminRemoveUserFromGroup for each group. Both find the user by the sub their
 * sign-in carries (ListUsers with a {@code sub = "…"} filter; the caller has checked the id's shape), and
 * change only a user whose sub the pool answers is the id to the letter. Adding the e-mail of a removed
 * (disabled) user restores them: AdminUpdateUserAttributes (the name), their one role, then
 * AdminEnableUser; they sign in with the password they had, or, never signed in, with a new
 * invitation (AdminCreateUser's MessageAction RESEND).
 */
public final class CognitoDirectory implements Directory {
    /** A Cognito user pool call: {@code action}'s JSON answer to {@code body} ({@link CognitoCalls} over the wire). */
    public interface Calls {
        /** @throws CognitoCalls.Refused when Cognito refuses the call */
        JsonNode call(String action, JsonNode body);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Calls cognito;
    private final String userPoolId;

    public CognitoDirectory(Calls cognito, String userPoolId) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
    }

    @Override
    public List<Person> list() {
        Map<String, Person> people = new LinkedHashMap<>();
        for (Role role : List.of(Role.EDITOR, Role.REPORTER)) {
            String next = null;
            do {
                ObjectNode ask = pool().put("GroupName", role.group()).put("Limit", 60);
                if (next != null) {
                    ask.put("NextToken", next);
                }
                JsonNode page = cognito.call("ListUsersInGroup", ask);
                for (JsonNode user : page.path("Users")) {
                    if (user.path("Enabled").isBoolean() && !user.path("Enabled").asBoolean()) {
                        continue;
                    }
                    Person p = person(user, role);
                    people.putIfAbsent(p.id(), p);
                }
                next = page.path("NextToken").isTextual() ? page.path("NextToken").asText() : null;
            } while (next != null);
        }
        return new ArrayList<>(people.values());
    }

    @Override
    public Added add(NewPerson person) {
        ObjectNode create = pool().put("Username", person.email());
        create.putArray("DesiredDeliveryMediums").add("EMAIL");
        create.putArray("UserAttributes").add(attribute("email", person.email())).add(attribute("email_verified", "true"))
                .add(attribute("name", person.name()));
        JsonNode user;
        try {
            user = cognito.call("AdminCreateUser", create).path("User");
        } catch (CognitoCalls.Refused e) {
            if (e.type().equals("UsernameExistsException")) {
                return new Added(restore(person), true);
            }
            throw e;
        }
        String username = user.path("Username").asText();
        try {
            cognito.call("AdminAddUserToGroup", pool().put("Username", username).put("GroupName", person.role()));
        } catch (RuntimeException e) {
            cognito.call("AdminDeleteUser", pool().put("Username", username));
            throw e;
        }
        return new Added(person(user, Role.fromGroup(person.role()).orElseThrow()), false);
    }

    /**
     * The user of that e-mail, if removed (disabled): their name and role set, then enabled, last, so
     * that a step failing leaves them as removed as before, and adding again finishes the job.
     *
     * @throws Conflict when that user is enabled: someone signs in with the address
     */
    private Person restore(NewPerson person) {
        JsonNode user = cognito.call("AdminGetUser", pool().put("Username", person.email()));
        if (!user.path("Enabled").isBoolean() || user.path("Enabled").asBoolean()) {
            throw new Conflict("someone already signs in with " + person.email());
        }
        String username = user.path("Username").asText();
        ObjectNode rename = pool().put("Username", username);
        rename.putArray("UserAttributes").add(attribute("name", person.name()));
        cognito.call("AdminUpdateUserAttributes", rename);
        List<String> groups = groups(username);
        cognito.call("AdminAddUserToGroup", pool().put("Username", username).put("GroupName", person.role()));
        for (String group : groups) {
            if (!group.equals(person.role())) {
                cognito.call("AdminRemoveUserFromGroup", pool().put("Username", username).put("GroupName", group));
            }
        }
        cognito.call("AdminEnableUser", pool().put("Username", username));
        if (user.path("UserStatus").asText().equals("FORCE_CHANGE_PASSWORD")) {
            // Removed before their first sign-in: their temporary password may have run out, so it is sent again.
            // By the e-mail: in a pool that signs in by e-mail, AdminCreateUser takes no other name.
            ObjectNode resend = pool().put("Username", person.email()).put("MessageAction", "RESEND");
            resend.putArray("DesiredDeliveryMediums").add("EMAIL");
            cognito.call("AdminCreateUser", resend);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (JsonNode a : user.path("UserAttributes")) {
            attributes.put(a.path("Name").asText(), a.path("Value").asText());
        }
        return new Person(attributes.getOrDefault("sub", username), person.name(), attributes.getOrDefault("email", person.email()),
                person.role());
    }

    @Override
    public String subject(String id) {
        return sub(user(id));
    }

    @Override
    public Person setRole(String id, String role) {
        JsonNode user = exactly(id);
        String username = user.path("Username").asText();
        List<String> groups = groups(username);
        cognito.call("AdminAddUserToGroup", pool().put("Username", username).put("GroupName", role));
        for (String group : groups) {
            if (!group.equals(role)) {
                cognito.call("AdminRemoveUserFromGroup", pool().put("Username", username).put("GroupName", group));
            }
        }
        return person(user, Role.fromGroup(role).orElseThrow());
    }

    @Override
    public void remove(String id) {
        String username = exactly(id).path("Username").asText();
        // Disabled first: if leaving a group then fails, they still cannot sign in.
        cognito.call("AdminDisableUser", pool().put("Username", username));
        for (String group : groups(username)) {
            cognito.call("AdminRemoveUserFromGroup", pool().put("Username", username).put("GroupName", group));
        }
    }

    /** The enabled user whose sub is {@code id}, in a role; else 404. */
    private JsonNode user(String id) {
        JsonNode users = cognito.call("ListUsers", pool().put("Filter", "sub = \"" + id + "\"").put("Limit", 1)).path("Users");
        if (users.isEmpty() || (users.get(0).path("Enabled").isBoolean() && !users.get(0).path("Enabled").asBoolean())
                || groups(users.get(0).path("Username").asText()).isEmpty()) {
            throw new NotFound("nobody in the newsroom is " + id);
        }
        return users.get(0);
    }

    /** The user whose sub is {@code id} to the letter: one the filter found by a sub it compared loosely is nobody. */
    private JsonNode exactly(String id) {
        JsonNode user = user(id);
        if (!id.equals(sub(user))) {
            throw new NotFound("nobody in the newsroom is " + id);
        }
        return user;
    }

    private static String sub(JsonNode user) {
        for (JsonNode a : user.path("Attributes")) {
            if (a.path("Name").asText().equals("sub")) {
                return a.path("Value").asText();
            }
        }
        return user.path("Username").asText();
    }

    /** The user's groups that are roles (a pool may have other groups; they are left alone). */
    private List<String> groups(String username) {
        List<String> roles = new ArrayList<>();
        for (JsonNode g : cognito.call("AdminListGroupsForUser", pool().put("Username", username).put("Limit", 60)).path("Groups")) {
            String name = g.path("GroupName").asText();
            if (Role.fromGroup(name).isPresent()) {
                roles.add(name);
            }
        }
        return roles;
    }

    private ObjectNode pool() {
        return NODES.objectNode().put("UserPoolId", userPoolId);
    }

    private static ObjectNode attribute(String name, String value) {
        return NODES.objectNode().put("Name", name).put("Value", value);
    }

    private static Person person(JsonNode user, Role role) {
        Map<String, String> attributes = new LinkedHashMap<>();
        // ListUsersInGroup names them Attributes, AdminCreateUser's User too; both are Name/Value pairs.
        for (JsonNode a : user.path("Attributes")) {
            attributes.put(a.path("Name").asText(), a.path("Value").asText());
        }
        String email = attributes.get("email");
        String name = attributes.getOrDefault("name", email);
        String id = attributes.getOrDefault("sub", user.path("Username").asText());
        return new Person(id, name, email, role.group());
    }
}
