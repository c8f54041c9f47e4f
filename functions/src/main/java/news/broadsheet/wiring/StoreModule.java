package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.media.MediaStore;
import news.broadsheet.publish.PublicationStore;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoEditionStore;
import news.broadsheet.store.DynamoMediaStore;
import news.broadsheet.store.DynamoPrintPageStore;
import news.broadsheet.epaper.PrintPageStore;
import news.broadsheet.store.DynamoPublishedStore;
import news.broadsheet.store.DynamoPublicationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The stores on the single table, and the clock. */
@Module
public final class StoreModule {
    private StoreModule() {}

    @Provides
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    static DynamoArticleStore dynamoArticles(DynamoDbClient dynamo, Config config) {
        return new DynamoArticleStore(dynamo, config.table());
    }

    @Provides
    static ArticleStore articleStore(DynamoArticleStore store) {
        return store;
    }

    @Provides
    @Singleton
    static EditionStore editionStore(DynamoDbClient dynamo, Config config, DynamoArticleStore articles) {
        return new DynamoEditionStore(dynamo, config.table(), articles);
    }

    @Provides
    @Singleton
    static PublicationStore publicationStore(DynamoDbClient dynamo, Config config) {
        return new DynamoPublicationStore(dynamo, config.table());
    }

    @Provides
    @Singleton
    static MediaStore mediaStore(DynamoDbClient dynamo, Config config) {
        return new DynamoMediaStore(dynamo, config.table());
    }

    @Provides
    @Singleton
    static PublishedStore publishedStore(DynamoDbClient dynamo, Config config) {
        return new DynamoPublishedStore(dynamo, config.table());
    }

    @Provides
    @Singleton
    static PrintPageStore printPageStore(DynamoDbClient dynamo, Config config) {
        return new DynamoPrintPageStore(dynamo, config.table());
    }
}
