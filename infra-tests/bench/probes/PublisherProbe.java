import java.util.Map;
import news.broadsheet.api.PublisherHandler;
import news.broadsheet.publish.Publication;

/**
 * Runs the publisher function's jar as Lambda would: the no-argument constructor builds the graph,
 * then one publication of the sample edition (its id is the argument). Modes: "first", "primed"
 * (the SnapStart hook runs first; the timer starts after it). Prints one JSON line.
 */
public final class PublisherProbe {
    public static void main(String[] args) {
        String mode = args[0];
        long start = System.nanoTime();
        PublisherHandler handler = new PublisherHandler();
        long built = System.nanoTime();
        if (mode.equals("primed")) {
            handler.beforeCheckpoint(null);
        }
        long restored = System.nanoTime();
        Publication done = handler.handleRequest(Map.of("publicationId", args[1]), null);
        long answered = System.nanoTime();
        if (done.status() != news.broadsheet.publish.PublicationStatus.SUCCEEDED) {
            throw new IllegalStateException("publication " + done);
        }
        System.out.println("{\"mode\":\"" + mode + "\",\"graphMs\":" + ms(built - start) + ",\"primeMs\":" + ms(restored - built)
                + ",\"firstRequestMs\":" + ms(answered - restored) + "}");
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
