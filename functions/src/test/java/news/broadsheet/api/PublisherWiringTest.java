package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PublisherComponent;
import org.junit.jupiter.api.Test;

/**
 * The publisher function as Lambda builds it: a very large edition must be split over the rebuild
 * workers (docs/rebuild.md), or it runs in one invocation past Lambda's 900-second limit. Building the
 * graph sends nothing: the AWS clients connect on their first call.
 */
class PublisherWiringTest {
    @Test
    void thePublisherFunctionsPublisher_splitsVeryLargeEditionsOverTheRebuildQueue() {
        Config config = Config.from(Map.of(Config.REBUILD_QUEUE_URL, "http://127.0.0.1:9/000000000000/rebuild"));

        PublisherHandler handler = new PublisherHandler(PublisherComponent.create(config));

        assertThat(handler.publisher().splitsLargeEditions()).isTrue();
    }
}
