package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** make run's tokens stay the same from one start to the next, and are written where the README says. */
class LocalTokensTest {
    @TempDir
    Path folder;

    @Test
    void tokens_areTheSameOnEveryStart_andWrittenToTheirFile() throws Exception {
        Path file = folder.resolve("tokens.env");
        LocalTokens first = LocalTokens.resolve(Map.of(), file);
        LocalTokens second = LocalTokens.resolve(Map.of(), file);

        assertThat(second).isEqualTo(first);
        assertThat(first.editor()).isNotEqualTo(first.reporter()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.readAllLines(file))
                .contains("BROADSHEET_EDITOR_TOKEN=" + first.editor(), "BROADSHEET_REPORTER_TOKEN=" + first.reporter());
    }

    @Test
    void tokensSetInTheEnvironment_win_andLeaveTheKeptOnesAlone() throws Exception {
        Path file = folder.resolve("tokens.env");
        LocalTokens kept = LocalTokens.resolve(Map.of(), file);

        LocalTokens chosen = LocalTokens.resolve(Map.of("BROADSHEET_EDITOR_TOKEN", "desk-editor", "BROADSHEET_REPORTER_TOKEN", " "), file);

        assertThat(chosen).isEqualTo(new LocalTokens("desk-editor", kept.reporter()));
        assertThat(LocalTokens.resolve(Map.of(), file)).isEqualTo(kept);
    }

    @Test
    void aFolderThatDoesNotExistYet_isMade() throws Exception {
        Path file = folder.resolve("not-yet/tokens.env");
        assertThat(LocalTokens.resolve(Map.of(), file)).isEqualTo(LocalTokens.resolve(Map.of(), file));
    }
}
