package news.broadsheet.emulator;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Which emulator a run uses: the one forced by {@code -Dbroadsheet.emulator=moto|localstack}, else
 * LocalStack when a Docker engine answers, else moto's server.
 */
public final class EmulatorChoice {
    public enum Kind { MOTO, LOCALSTACK }

    /** The last LocalStack image that starts without an auth token. */
    public static final String LOCALSTACK_IMAGE = "localstack/localstack:4.14.0";
    /** With an auth token, a newer image may be used. */
    public static final String LOCALSTACK_PRO_IMAGE = "localstack/localstack:latest";

    private EmulatorChoice() {}

    public static Kind choose(String forced, BooleanSupplier dockerAvailable) {
        if (forced != null && !forced.isBlank()) {
            return switch (forced.trim().toLowerCase(Locale.ROOT)) {
                case "moto" -> Kind.MOTO;
                case "localstack" -> Kind.LOCALSTACK;
                default -> throw new IllegalArgumentException(
                        "broadsheet.emulator must be moto or localstack, not '" + forced + "'");
            };
        }
        return dockerAvailable.getAsBoolean() ? Kind.LOCALSTACK : Kind.MOTO;
    }

    public static String localStackImage(String authToken) {
        return authToken == null || authToken.isBlank() ? LOCALSTACK_IMAGE : LOCALSTACK_PRO_IMAGE;
    }

    /** Starts the chosen emulator. */
    public static Emulator start(Kind kind) {
        return switch (kind) {
            case MOTO -> MotoEmulator.start(MotoEmulator.command());
            case LOCALSTACK -> LocalStackEmulator.start(localStackImage(System.getenv("LOCALSTACK_AUTH_TOKEN")));
        };
    }

    public static boolean dockerAvailable() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
