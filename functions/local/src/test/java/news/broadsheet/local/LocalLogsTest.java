package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** make run keeps its terminal for the banner and for what went wrong: a request's line only when asked. */
class LocalLogsTest {
    private final Logger handler = LoggerFactory.getLogger("news.broadsheet.api.ApiHandler");
    private final ch.qos.logback.classic.Logger root =
            (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private Level configured;

    @BeforeEach
    void asInLambda() {
        configured = root.getLevel();
        root.setLevel(Level.INFO);
    }

    @AfterEach
    void asConfigured() {
        root.setLevel(configured);
    }

    @Test
    void requestLines_areQuietByDefault_butWarningsAndErrorsAreNot() {
        LocalLogs.apply(Map.of());
        assertThat(handler.isInfoEnabled()).isFalse();
        assertThat(handler.isWarnEnabled()).isTrue();
    }

    @Test
    void theSwitch_keepsRequestLinesOn() {
        LocalLogs.apply(Map.of(LocalLogs.SWITCH, "1"));
        assertThat(handler.isInfoEnabled()).isTrue();
    }
}
