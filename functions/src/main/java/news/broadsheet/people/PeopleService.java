package news.broadsheet.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.NotFound;
import news.broadsheet.failure.Invalid.FieldError;

/**
 * Who works in the newsroom (anyone signed in may read it, to see names); adding a colleague, changing
 * their role and removing them (editors only, and never themselves: the newsroom would lose its editor).
 */
public final class PeopleService {
    /** Cognito's limit on a standard attribute's value is 2048 characters; a name to show is kept to a line. */
    public static final int MAX_NAME = 64;
    /** RFC 5321 section 4.5.3.1.3: a path is at most 256 octets, so an address at most 254 characters. */
    public static final int MAX_EMAIL = 254;
    // One @, no white space or controls, a dot in the domain: what a mail system can deliver the invitation to.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");
    private final Directory directory;

    public PeopleService(Directory directory) {
        this.directory = directory;
    }

    public List<Person> list(Principal who) {
        Authenticator.require(who, Role.EDITOR, Role.REPORTER);
        return directory.list();
    }

    /** @throws Invalid (422) for a name that shows nothing or is more than one line, an address that is not one, or a role that is not a group */
    public Directory.Added add(NewPerson person, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        List<FieldError> errors = new ArrayList<>();
        // A name is a one-line text like a byline's: one that shows nothing (zero-width characters,
        // no-break spaces) is no name, and the people list would show an empty row.
        int before = errors.size();
        String name = ArticleRules.line(errors, "/name", person.name() == null ? null : person.name().strip(), MAX_NAME, true);
        if (errors.size() == before && name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("/name", "must not contain control characters"));
        }
        String email = person.email() == null ? "" : person.email().strip();
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("/email", "is required: an e-mail address of at most " + MAX_EMAIL + " characters"));
        }
        checkRole(person.role(), errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return directory.add(new NewPerson(name, email.toLowerCase(java.util.Locale.ROOT), person.role()));
    }

    /**
     * @throws Conflict (409) for the caller's own role; NotFound (404) for an id that is nobody's;
     *     Invalid (422) for a role that is not a group
     */
    public Person changeRole(String id, RoleChange change, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        List<FieldError> errors = new ArrayList<>();
        checkRole(change.role(), errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return directory.setRole(checked(id, who, "change your own role"), change.role());
    }

    /** @throws Conflict (409) when an editor would remove themselves; NotFound (404) for an id that is nobody's */
    public void remove(String id, Principal who) {
        Authenticator.require(who, Role.EDITOR);
        directory.remove(checked(id, who, "remove yourself"));
    }

    // A subject is a UUID in Cognito (a local sign-in's name locally): anything else is nobody, and is
    // never put into a Cognito filter expression.
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9-]{1,128}");

    /**
     * The subject of the person {@code id} names, as the directory holds it. It is that subject that is
     * compared with the caller's, not the id as sent: a directory that finds people by an id compared
     * loosely (in another letter case, say) must not let an editor reach themselves.
     */
    private String checked(String id, Principal who, String what) {
        if (id == null || !SUBJECT.matcher(id).matches()) {
            throw new NotFound("nobody in the newsroom is " + id);
        }
        Conflict oneself = new Conflict("you cannot " + what + ": another editor can");
        if (id.equals(who.subject())) {
            throw oneself;
        }
        String subject = directory.subject(id);
        if (subject.equals(who.subject())) {
            throw oneself;
        }
        return subject;
    }

    private static void checkRole(String role, List<FieldError> errors) {
        if (role == null || Role.fromGroup(role).isEmpty() || !role.equals(role.strip())) {
            errors.add(new FieldError("/role", "must be editor or reporter"));
        }
    }
}
