package news.broadsheet.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.NotFound;
import org.junit.jupiter.api.Test;

/** Adding a colleague: editors only, a name, an address and a role that is a group, and each address once. */
class PeopleServiceTest {
    static final Principal EDITOR = new Principal("e1", EnumSet.of(Role.EDITOR));
    static final Principal REPORTER = new Principal("r1", EnumSet.of(Role.REPORTER));
    final PeopleService people = new PeopleService(new LocalDirectory());

    @Test
    void anEditorAddsAColleague_whoIsThenListedByName() {
        Person added = people.add(new NewPerson(" 周明 ", "Zhou.Ming@Example.com", "reporter"), EDITOR).person();

        assertThat(added.name()).isEqualTo("周明");
        assertThat(added.email()).isEqualTo("zhou.ming@example.com");
        assertThat(people.list(REPORTER)).extracting(Person::name).containsExactly("本地编辑", "本地记者", "周明");
    }

    @Test
    void aReporterMayNotAddAnyone() {
        assertThatThrownBy(() -> people.add(new NewPerson("周明", "zhou@example.com", "editor"), REPORTER))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void theSameAddressTwice_isAConflict() {
        people.add(new NewPerson("周明", "zhou@example.com", "reporter"), EDITOR);

        assertThatThrownBy(() -> people.add(new NewPerson("周明二", "ZHOU@example.com", "editor"), EDITOR))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aBlankName_aBadAddress_andARoleThatIsNoGroup_areEachNamed() {
        assertThatThrownBy(() -> people.add(new NewPerson(" ", "zhou@", "admin"), EDITOR))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field)
                        .containsExactly("/name", "/email", "/role"));
        assertThatThrownBy(() -> people.add(new NewPerson("周\n明", "zhou@example.com", null), EDITOR))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field)
                        .containsExactly("/name", "/role"));
    }

    /** Failure: a name of zero-width characters was accepted, and the people list showed an empty row. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\u200B", "\u200C\u200D", "\u2060 \uFEFF", "\u3000\u200B\u00A0", "\u202E"})
    void aNameThatShowsNothing_isRefusedAndNamed(String invisible) {
        assertThatThrownBy(() -> people.add(new NewPerson(invisible, "zhou@example.com", "reporter"), EDITOR))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field)
                        .containsExactly("/name"));
    }

    @Test
    void aNameIsStoredInNfc_withoutBidiControls() {
        Person added = people.add(new NewPerson("\u202E周明\u202C Cafe\u0301", "zhou@example.com", "reporter"), EDITOR).person();

        assertThat(added.name()).isEqualTo("周明 Café");
    }

    @Test
    void anEditorChangesAColleaguesRole_andRemovesThem_whoIsThenNoLongerListed() {
        Person added = people.add(new NewPerson("周明", "zhou@example.com", "reporter"), EDITOR).person();

        assertThat(people.changeRole(added.id(), new RoleChange("editor"), EDITOR).role()).isEqualTo("editor");
        assertThat(people.list(EDITOR)).extracting(Person::name).containsExactly("本地编辑", "周明", "本地记者");
        people.remove(added.id(), EDITOR);
        assertThat(people.list(EDITOR)).extracting(Person::name).containsExactly("本地编辑", "本地记者");
        assertThatThrownBy(() -> people.remove(added.id(), EDITOR)).isInstanceOf(NotFound.class);
    }

    @Test
    void aRemovedColleagueAddedAgain_isRestoredUnderTheirId_withTheNewNameAndRole() {
        Person added = people.add(new NewPerson("周明", "zhou@example.com", "reporter"), EDITOR).person();
        people.remove(added.id(), EDITOR);

        Directory.Added again = people.add(new NewPerson("周明明", "Zhou@example.com", "editor"), EDITOR);
        assertThat(again.restored()).isTrue();
        assertThat(again.person()).isEqualTo(new Person(added.id(), "周明明", "zhou@example.com", "editor"));
        assertThat(people.list(EDITOR)).contains(again.person());
        // Listed again, the address is taken once more.
        assertThatThrownBy(() -> people.add(new NewPerson("周明", "zhou@example.com", "reporter"), EDITOR)).isInstanceOf(Conflict.class);
        assertThat(people.add(new NewPerson("林小雨", "lin@example.com", "reporter"), EDITOR).restored()).isFalse();
    }

    @Test
    void anEditorMayNotRemoveThemselves_norChangeTheirOwnRole() {
        Principal local = new Principal("local-editor", EnumSet.of(Role.EDITOR));

        assertThatThrownBy(() -> people.remove("local-editor", local)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> people.changeRole("local-editor", new RoleChange("reporter"), local)).isInstanceOf(Conflict.class);
        assertThat(people.list(local)).extracting(Person::id, Person::role).contains(org.assertj.core.groups.Tuple.tuple("local-editor", "editor"));
    }

    @Test
    void aReporterMayNeitherRemoveNorChangeARole() {
        assertThatThrownBy(() -> people.remove("local-editor", REPORTER)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> people.changeRole("local-reporter", new RoleChange("editor"), REPORTER)).isInstanceOf(Forbidden.class);
    }

    @Test
    void aRoleThatIsNoGroup_isNamed_andSomeoneUnknown_isNotFound() {
        assertThatThrownBy(() -> people.changeRole("local-reporter", new RoleChange("admin"), EDITOR))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field).containsExactly("/role"));
        assertThatThrownBy(() -> people.changeRole("nobody", new RoleChange("editor"), EDITOR)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> people.remove("no\"body", EDITOR)).isInstanceOf(NotFound.class);
    }
}
