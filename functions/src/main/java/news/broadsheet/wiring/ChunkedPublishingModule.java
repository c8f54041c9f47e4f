package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import news.broadsheet.publish.ChunkedPublication;
import news.broadsheet.publish.PublicationChunks;
import news.broadsheet.publish.Publisher;
import news.broadsheet.rebuild.RebuildQueue;
import news.broadsheet.store.DynamoPublicationChunks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A very large edition's publication in chunks on the rebuild queue: for the publisher function (which
 * splits it) and the rebuild worker (which carries out the chunks). Asking for the
 * {@link ChunkedPublication} is what wires the graph's publisher to split.
 */
@Module
public final class ChunkedPublishingModule {
    private ChunkedPublishingModule() {}

    /** This graph's publisher, on the rebuild queue, {@link ChunkedPublication#MAX_CHUNK_OBJECTS} objects a chunk. */
    @Provides
    @Singleton
    static ChunkedPublication chunkedPublication(Publisher publisher, PublicationChunks chunks, RebuildQueue queue) {
        return publisher.chunkedBy(chunks, queue, ChunkedPublication.MAX_CHUNK_OBJECTS);
    }

    @Provides
    @Singleton
    static PublicationChunks publicationChunks(DynamoDbClient dynamo, Config config) {
        return new DynamoPublicationChunks(dynamo, config.table());
    }
}
