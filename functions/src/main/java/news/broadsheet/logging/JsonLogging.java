package news.broadsheet.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logback's configuration, in code (found through {@code META-INF/services}, so no XML is parsed
 * at start-up): one JSON object per line on standard output, which Lambda's JSON log format passes
 * to CloudWatch as it is. Each line has the level, logger, thread, message, the MDC (the handlers
 * put the request id there, so the SDK's own warnings carry it too) and any stack trace; never the
 * log call's arguments. The level is Lambda's {@code AWS_LAMBDA_LOG_LEVEL} (the template's
 * ApplicationLogLevel), else {@code -Dbroadsheet.log.level}, else INFO; the AWS SDK logs at WARN
 * and above. java.util.logging is routed here too.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class JsonLogging extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("json");
        console.setEncoder(encoder(context));
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(level(), Level.INFO));
        root.addAppender(console);
        context.getLogger("software.amazon.awssdk").setLevel(Level.WARN);
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The one line format: what is in it is decided here, and tested (no arguments, no context noise). */
    public static JsonEncoder encoder(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithArguments(false);
        encoder.setWithMessage(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }

    private static String level() {
        String lambda = System.getenv("AWS_LAMBDA_LOG_LEVEL");
        return lambda != null && !lambda.isBlank() ? lambda : System.getProperty("broadsheet.log.level", "INFO");
    }
}
