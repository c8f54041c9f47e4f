package news.broadsheet.emulator;

import java.util.Locale;
import java.util.Optional;

/**
 * Which emulator a run uses, and why: the one forced by {@code -Dbroadsheet.emulator=moto|localstack},
 * else LocalStack when its image is ready in a Docker engine, else moto's server. The choice never
 * waits on a slow pull: when LocalStack cannot run, the reason is known within seconds, and a
 * forced LocalStack fails with that reason instead of falling back.
 */
public final class EmulatorChoice {
    public enum Kind { MOTO, LOCALSTACK }

    /** The emulator chosen and the sentence that explains it (printed at the start of a run). */
    public record Choice(Kind kind, String reason) {}

    /** Whether LocalStack can start here: empty when it can, else why not ("no Docker engine answers"). */
    @FunctionalInterface
    public interface LocalStackProbe {
        Optional<String> whyNot();
    }

    /** The last LocalStack image that starts without an auth token. */
    public static final String LOCALSTACK_IMAGE = "localstack/localstack:4.14.0";
    /** With an auth token, a newer image may be used. */
    public static final String LOCALSTACK_PRO_IMAGE = "localstack/localstack:latest";

    private EmulatorChoice() {}

    /**
     * @throws IllegalArgumentException for an emulator name other than moto or localstack
     * @throws IllegalStateException when LocalStack is forced but cannot run here (with the reason)
     */
    public static Choice choose(String forced, LocalStackProbe localStack) {
        if (forced != null && !forced.isBlank()) {
            switch (forced.trim().toLowerCase(Locale.ROOT)) {
                case "moto":
                    return new Choice(Kind.MOTO, "moto, as asked (broadsheet.emulator=moto)");
                case "localstack":
                    localStack.whyNot().ifPresent(why -> {
                        throw new IllegalStateException("LocalStack was asked for (broadsheet.emulator=localstack) but cannot run: " + why);
                    });
                    return new Choice(Kind.LOCALSTACK, "LocalStack, as asked (broadsheet.emulator=localstack)");
                default:
                    throw new IllegalArgumentException("broadsheet.emulator must be moto or localstack, not '" + forced + "'");
            }
        }
        return localStack.whyNot()
                .map(why -> new Choice(Kind.MOTO, "moto; LocalStack skipped: " + why))
                .orElseGet(() -> new Choice(Kind.LOCALSTACK, "LocalStack, since its image is ready in a Docker engine"));
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

    /** The probe of this machine's Docker engine for the image {@link #start} would run. */
    public static LocalStackProbe thisMachine() {
        return () -> DockerProbe.whyNot(localStackImage(System.getenv("LOCALSTACK_AUTH_TOKEN")));
    }
}
