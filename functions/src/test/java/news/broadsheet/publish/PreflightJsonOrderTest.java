package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.json.Json;
import org.junit.jupiter.api.Test;

/** The preflight's answer names its members in one order, its computed ones included (docs print it as is). */
class PreflightJsonOrderTest {
    @Test
    void theAnswersMembersComeInOneOrder() throws Exception {
        String json = Json.mapper().writeValueAsString(new Preflight(3, List.of(), List.of()));
        assertThat(json).isEqualTo("{\"articles\":3,\"skipped\":[],\"emptyPages\":[],\"blocks\":false,\"blocking\":[]}");
    }
}
