package news.broadsheet.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.PreconditionRequired;
import news.broadsheet.failure.VersionConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** If-Match as RFC 9110 section 13.1.1 reads it: strong comparison of opaque tags, so weak tags never match. */
class PreconditionsTest {
    static ApiRequest withIfMatch(String value) {
        return new ApiRequest("PUT", "/api/articles/a", value == null ? Map.of() : Map.of("if-match", value), Map.of(), Map.of(),
                new byte[0], null);
    }

    @Test
    void aStrongTag_namesItsVersion() {
        assertThat(Preconditions.ifMatch(withIfMatch("\"12\""))).isEqualTo(12);
        assertThat(Preconditions.ifMatch(withIfMatch(" \"0\"\t"))).isZero();
    }

    @Test
    void ifMatch_answers412_forAWeakTag_whichNeverMatchesStrongly() {
        assertThatThrownBy(() -> Preconditions.ifMatch(withIfMatch("W/\"1\""))).isInstanceOf(VersionConflict.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"+1\"", "\"01\"", "\"-1\"", "\"1e0\"", "\"99999999999999999999\"", "\"\"", "\"abc\""})
    void ifMatch_answers412_forATagThatIsNotExactlyAVersionsETag(String tag) {
        assertThatThrownBy(() -> Preconditions.ifMatch(withIfMatch(tag))).isInstanceOf(VersionConflict.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "\"1", "1\"", "W/1", "\"1\"x", "\"a\"b\"", "\" 1\"", "\"1 \""})
    void ifMatch_answers400_forAHeaderThatIsNoEntityTag(String header) {
        assertThatThrownBy(() -> Preconditions.ifMatch(withIfMatch(header))).isInstanceOf(BadRequest.class);
    }

    @Test
    void aListOfTags_matchesItsOneStrongVersionTag() {
        assertThat(Preconditions.ifMatch(withIfMatch("W/\"3\", \"4\", \"x\""))).isEqualTo(4);
    }

    @Test
    void aMissingHeader_answers428() {
        assertThatThrownBy(() -> Preconditions.ifMatch(withIfMatch(null))).isInstanceOf(PreconditionRequired.class);
        assertThatThrownBy(() -> Preconditions.ifMatch(withIfMatch(" "))).isInstanceOf(PreconditionRequired.class);
    }

    static ApiRequest withIfNoneMatch(String value) {
        return new ApiRequest("PUT", "/api/editions/2026-12-01", value == null ? Map.of() : Map.of("if-none-match", value), Map.of(),
                Map.of(), new byte[0], null);
    }

    @Test
    void ifNoneMatchStar_asksToCreateOnlyWhenAbsent() {
        assertThat(Preconditions.ifNoneMatchAny(withIfNoneMatch("*"))).isTrue();
        assertThat(Preconditions.ifNoneMatchAny(withIfNoneMatch(" * "))).isTrue();
        assertThat(Preconditions.ifNoneMatchAny(withIfNoneMatch(null))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "W/\"1\"", "*, \"1\"", "**"})
    void ifNoneMatch_answers400_forAnythingButTheStar(String header) {
        assertThatThrownBy(() -> Preconditions.ifNoneMatchAny(withIfNoneMatch(header))).isInstanceOf(BadRequest.class)
                .hasMessageContaining("If-None-Match");
    }
}
