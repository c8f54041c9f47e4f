package news.broadsheet.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * How much the local stack logs. In Lambda each request writes one JSON line (CloudWatch keeps
 * them); under {@code make run} those lines would bury the banner with the URLs and tokens, so
 * there only warnings and errors are written unless {@code BROADSHEET_REQUEST_LOGS=1} asks for the
 * request lines too.
 */
public final class LocalLogs {
    /** The environment variable that turns the request lines on ({@code 1}). */
    public static final String SWITCH = "BROADSHEET_REQUEST_LOGS";

    private LocalLogs() {}

    /** Sets the level from {@code env}: the configured one (JsonLogging's) with the switch, WARN without. */
    public static void apply(Map<String, String> env) {
        if (!"1".equals(env.get(SWITCH))) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        }
    }
}
