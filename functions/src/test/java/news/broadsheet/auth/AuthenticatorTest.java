package news.broadsheet.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import news.broadsheet.failure.Unauthenticated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticatorTest {
    final Authenticator auth = new Authenticator(Optional.of("ed"), Optional.of("rep"));

    @Test
    void staticTokens_mapToTheirRoles() {
        assertThat(auth.authenticate(Map.of(), "Bearer ed").roles()).containsExactly(Role.EDITOR);
        assertThat(auth.authenticate(Map.of(), "bearer rep").roles()).containsExactly(Role.REPORTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[editor reporter]", "editor,reporter", "editor reporter"})
    void cognitoGroups_inEveryShapeApiGatewayFlattensThemTo(String groups) {
        Principal who = auth.authenticate(Map.of("sub", "u-1", "cognito:groups", groups), null);
        assertThat(who.subject()).isEqualTo("u-1");
        assertThat(who.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.REPORTER);
    }

    @Test
    void claimsWithoutKnownGroups_giveNoRoles() {
        assertThat(auth.authenticate(Map.of("sub", "u-2", "cognito:groups", "[admins]"), null).roles()).isEmpty();
    }

    @Test
    void withoutConfiguredTokens_noBearerTokenIsAccepted() {
        Authenticator inAws = new Authenticator(Optional.empty(), Optional.of(""));
        assertThatThrownBy(() -> inAws.authenticate(Map.of(), "Bearer ")).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> inAws.authenticate(Map.of(), null)).isInstanceOf(Unauthenticated.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ed\u0000", "Bearer \u0000ed", "Bearer ed\u000b", "Bearer e d", "Bearer ed\r\n", "Bearer\ted"})
    void aTokenWithControlCharactersOrSpacesInside_isRefused(String header) {
        // RFC 6750 section 2.1: b64token is letters, digits and -._~+/ then any '='; only spaces and tabs around it.
        assertThatThrownBy(() -> auth.authenticate(Map.of(), header)).isInstanceOf(Unauthenticated.class);
    }

    @Test
    void spacesAndTabsAroundTheToken_areOptionalWhitespace() {
        assertThat(auth.authenticate(Map.of(), "Bearer  ed \t").roles()).containsExactly(Role.EDITOR);
    }
}
