package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import java.util.UUID;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.NotFound;
import news.broadsheet.people.Directory;
import news.broadsheet.people.NewPerson;
import news.broadsheet.people.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Cognito directory's calls, signed and sent over Cognito's JSON protocol to the emulator: a
 * colleague added is in the pool with a name and in the role's group, listed by the sub their sign-in
 * carries; the same e-mail again is a 409; a role that is no group in the pool leaves nobody behind.
 * LocalStack's free edition has no Cognito, so this runs on moto only.
 */
@ExtendWith(EmulatorExtension.class)
class CognitoDirectoryIT {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CognitoCalls calls;
    private String pool;
    private CognitoDirectory directory;

    /** A user pool of each test's own, sign-in by e-mail, with a group per role; on moto only. */
    @BeforeEach
    void newsroomPool(Emulator emulator) {
        assumeTrue(emulator.kind().equals("moto"), "Cognito user pools are not in LocalStack's free edition");
        calls = new CognitoCalls(emulator.credentials(), Emulator.REGION, Optional.of(emulator.endpoint()));
        pool = calls.call("CreateUserPool", NODES.objectNode().put("PoolName", "newsroom-" + UUID.randomUUID())
                .set("UsernameAttributes", NODES.arrayNode().add("email"))).path("UserPool").path("Id").asText();
        for (String group : new String[] {"editor", "reporter"}) {
            calls.call("CreateGroup", NODES.objectNode().put("UserPoolId", pool).put("GroupName", group));
        }
        directory = new CognitoDirectory(calls, pool);
    }

    @Test
    void anAddedColleague_isListedByRole_andTheirAddressIsTakenOnce() {
        Person added = directory.add(new NewPerson("周明", "zhou@example.com", "reporter")).person();
        directory.add(new NewPerson("林小雨", "lin@example.com", "editor"));

        assertThat(added.id()).isNotBlank().isNotEqualTo("zhou@example.com");
        assertThat(directory.list()).extracting(Person::name, Person::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("林小雨", "editor"), org.assertj.core.groups.Tuple.tuple("周明", "reporter"));
        assertThat(directory.list()).extracting(Person::id).contains(added.id());
        assertThatThrownBy(() -> directory.add(new NewPerson("周明", "zhou@example.com", "editor"))).isInstanceOf(Conflict.class);

        // A role the pool has no group for: the user made first is deleted again.
        assertThatThrownBy(() -> directory.add(new NewPerson("王晨", "wang@example.com", "admin")))
                .isInstanceOf(CognitoCalls.Refused.class);
        assertThatThrownBy(() -> calls.call("AdminGetUser", NODES.objectNode().put("UserPoolId", pool).put("Username", "wang@example.com")))
                .isInstanceOfSatisfying(CognitoCalls.Refused.class, e -> assertThat(e.type()).isEqualTo("UserNotFoundException"));
    }

    @Test
    void aColleaguesRoleChanges_andARemovedColleague_isDisabledAndNoLongerListed() {
        Person zhou = directory.add(new NewPerson("周明", "zhou@example.com", "reporter")).person();
        Person lin = directory.add(new NewPerson("林小雨", "lin@example.com", "reporter")).person();

        assertThat(directory.setRole(zhou.id(), "editor").role()).isEqualTo("editor");
        assertThat(directory.list()).extracting(Person::id, Person::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(zhou.id(), "editor"), org.assertj.core.groups.Tuple.tuple(lin.id(), "reporter"));

        directory.remove(lin.id());
        assertThat(directory.list()).extracting(Person::id).containsExactly(zhou.id());
        var user = calls.call("AdminGetUser", NODES.objectNode().put("UserPoolId", pool).put("Username", "lin@example.com"));
        assertThat(user.path("Enabled").asBoolean()).isFalse();
        assertThatThrownBy(() -> directory.remove(lin.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> directory.setRole(UUID.randomUUID().toString(), "editor")).isInstanceOf(NotFound.class);
    }

    @Test
    void aRemovedColleagueAddedAgain_isEnabledUnderTheirSub_withTheNewNameAndRole() {
        Person lin = directory.add(new NewPerson("林小雨", "lin@example.com", "reporter")).person();
        directory.remove(lin.id());

        Directory.Added again = directory.add(new NewPerson("林小雨（回来）", "lin@example.com", "editor"));
        assertThat(again.restored()).isTrue();
        assertThat(again.person()).isEqualTo(new Person(lin.id(), "林小雨（回来）", "lin@example.com", "editor"));
        assertThat(directory.list()).containsExactly(again.person());
        var user = calls.call("AdminGetUser", NODES.objectNode().put("UserPoolId", pool).put("Username", "lin@example.com"));
        assertThat(user.path("Enabled").asBoolean()).isTrue();
        // Enabled again, the address is taken once more.
        assertThatThrownBy(() -> directory.add(new NewPerson("林小雨", "lin@example.com", "reporter"))).isInstanceOf(Conflict.class);
    }
}
