package news.broadsheet.people;

import java.util.List;

/** The newsroom's people: in AWS the Cognito user pool and its groups, locally a stand-in in memory. */
public interface Directory {
    /** Everyone with a role, editors first, each once (an editor who is also a reporter is listed as an editor). */
    List<Person> list();

    /**
     * Adds a person with one role, whole or not at all: a person left without a role could sign in to nothing.
     *
     * @throws news.broadsheet.failure.Conflict (409) when someone already signs in with that e-mail
     */
    Person add(NewPerson person);
}
