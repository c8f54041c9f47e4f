package news.broadsheet.auth;

import java.util.Set;

/** Who is calling: a stable subject (Cognito {@code sub}, or the local token's name) and their roles. */
public record Principal(String subject, Set<Role> roles) {
    public Principal {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
