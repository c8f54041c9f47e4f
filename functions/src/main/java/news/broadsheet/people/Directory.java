package news.broadsheet.people;

import java.util.List;

/** The newsroom's people: in AWS the Cognito user pool and its groups, locally a stand-in in memory. */
public interface Directory {
    /** Everyone with a role, editors first, each once (an editor who is also a reporter is listed as an editor). */
    List<Person> list();

    /** A person added: new, or {@code restored}, a colleague once removed given access again under their old id. */
    record Added(Person person, boolean restored) {}

    /**
     * Adds a person with one role, whole or not at all: a person left without a role could sign in to
     * nothing. A colleague who was removed (their sign-in disabled) and is added again with the same
     * e-mail is restored: their sign-in enabled, under the id their work already names, with the name
     * and role given now.
     *
     * @throws news.broadsheet.failure.Conflict (409) when someone already signs in with that e-mail
     */
    Added add(NewPerson person);

    /**
     * The subject of the person with a role whom {@code id} finds, as the directory holds it: the one to
     * compare with the caller's, since a directory may find people by an id it compares loosely.
     *
     * @throws news.broadsheet.failure.NotFound (404) when nobody with a role has that id
     */
    String subject(String id);

    /**
     * Gives {@code id} (the subject their sign-in carries) the one role {@code role}: the new group first,
     * then out of the other, so they are never left without one.
     *
     * @throws news.broadsheet.failure.NotFound (404) when nobody with a role has that id
     */
    Person setRole(String id, String role);

    /**
     * Takes {@code id}'s access away: their sign-in is disabled and they leave their role, so they are no
     * longer listed. Their name stays on what they wrote (articles keep the subject).
     *
     * @throws news.broadsheet.failure.NotFound (404) when nobody with a role has that id
     */
    void remove(String id);
}
