package news.broadsheet.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.broadsheet.failure.Forbidden;
import news.broadsheet.failure.Unauthenticated;

/**
 * Works out the caller. In AWS the HTTP API's JWT authorizer has already checked the Cognito token
 * and hands over its claims; the groups claim gives the roles. Locally (and only when configured)
 * two static bearer tokens stand in for an editor and a reporter.
 */
public final class Authenticator {
    /** RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=". */
    private static final java.util.regex.Pattern B64TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    private final Optional<String> editorToken;
    private final Optional<String> reporterToken;

    public Authenticator(Optional<String> editorToken, Optional<String> reporterToken) {
        this.editorToken = editorToken.filter(t -> !t.isBlank());
        this.reporterToken = reporterToken.filter(t -> !t.isBlank());
    }

    /**
     * @param claims the JWT claims from the authorizer, or an empty map when there is none
     * @param authorization the Authorization header, or null
     */
    public Principal authenticate(Map<String, String> claims, String authorization) {
        if (claims != null && claims.containsKey("sub")) {
            return fromClaims(claims);
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Unauthenticated("send an Authorization: Bearer token");
        }
        // Only optional whitespace (space, tab) around the token; trim() would also drop NUL and other controls.
        String token = authorization.substring(7).replaceAll("^[ \t]+|[ \t]+$", "");
        if (!B64TOKEN.matcher(token).matches()) {
            throw new Unauthenticated("the bearer token is not valid");
        }
        if (matches(editorToken, token)) {
            return new Principal("local-editor", EnumSet.of(Role.EDITOR));
        }
        if (matches(reporterToken, token)) {
            return new Principal("local-reporter", EnumSet.of(Role.REPORTER));
        }
        throw new Unauthenticated("the bearer token is not valid");
    }

    /** Throws {@link Forbidden} unless the principal has at least one of the roles. */
    public static void require(Principal who, Role... anyOf) {
        for (Role r : anyOf) {
            if (who.has(r)) {
                return;
            }
        }
        throw new Forbidden("this needs the " + Set.of(anyOf).stream().map(Role::group).sorted().toList()
                + " role; you have " + who.roles().stream().map(Role::group).sorted().toList());
    }

    private static Principal fromClaims(Map<String, String> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        // API Gateway flattens the cognito:groups array into "[editor reporter]" or "editor,reporter".
        String groups = claims.getOrDefault("cognito:groups", "").replace("[", "").replace("]", "");
        for (String g : groups.split("[,\\s]+")) {
            if (!g.isBlank()) {
                Role.fromGroup(g).ifPresent(roles::add);
            }
        }
        return new Principal(claims.get("sub"), roles);
    }

    private static boolean matches(Optional<String> expected, String given) {
        return expected.isPresent() && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
