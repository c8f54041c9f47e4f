package news.broadsheet.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.NotFound;

/**
 * The local stack's people, in memory: the two local sign-ins (本地编辑, 本地记者, the subjects the
 * local tokens carry) and whoever is added while it runs. Locally nobody else can sign in: the desk's
 * local sign-in offers the two roles only, so an added colleague is listed, as Cognito would list them
 * before their first sign-in.
 */
public final class LocalDirectory implements Directory {
    private final List<Person> people = new ArrayList<>(List.of(
            new Person("local-editor", "本地编辑", null, "editor"),
            new Person("local-reporter", "本地记者", null, "reporter")));
    /** Those removed, by e-mail: as Cognito keeps a disabled user, to be restored under the same id. */
    private final Map<String, Person> removed = new HashMap<>();

    @Override
    public synchronized List<Person> list() {
        return people.stream().sorted(Comparator.comparing((Person p) -> !p.role().equals("editor"))).toList();
    }

    @Override
    public synchronized Added add(NewPerson person) {
        if (people.stream().anyMatch(p -> person.email().equals(p.email()))) {
            throw new Conflict("someone already signs in with " + person.email());
        }
        Person before = removed.remove(person.email());
        Person added = new Person(before == null ? UUID.randomUUID().toString() : before.id(), person.name(), person.email(), person.role());
        people.add(added);
        return new Added(added, before != null);
    }

    @Override
    public synchronized String subject(String id) {
        return find(id).id();
    }

    @Override
    public synchronized Person setRole(String id, String role) {
        Person changed = new Person(id, find(id).name(), find(id).email(), role);
        people.set(people.indexOf(find(id)), changed);
        return changed;
    }

    @Override
    public synchronized void remove(String id) {
        Person gone = find(id);
        people.remove(gone);
        if (gone.email() != null) {
            removed.put(gone.email(), gone);
        }
    }

    private Person find(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("nobody in the newsroom is " + id));
    }
}
