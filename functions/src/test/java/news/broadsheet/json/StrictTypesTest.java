package news.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.edition.EditionInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers are not text and text is not a number: what used to be coerced silently is refused. */
class StrictTypesTest {
    @ParameterizedTest
    @ValueSource(strings = {"{\"headline\": 12}", "{\"headline\": true}", "{\"headline\": 1.5}", "{\"headline\": \"x\", \"page\": 1.5}",
            "{\"headline\": \"x\", \"page\": \"1\"}", "{\"headline\": \"x\", \"page\": true}", "{\"headline\": \"x\", \"tags\": [7]}"})
    void articleInput_refusesCoercion(String json) {
        assertThatThrownBy(() -> Json.mapper().readValue(json, ArticleInput.class)).isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"number\": \"12\", \"pages\": []}", "{\"number\": 12, \"pages\": [{\"number\": 1.0, \"name\": \"要闻\"}]}"})
    void editionInput_refusesCoercion(String json) {
        assertThatThrownBy(() -> Json.mapper().readValue(json, EditionInput.class)).isInstanceOf(MismatchedInputException.class);
    }
}
