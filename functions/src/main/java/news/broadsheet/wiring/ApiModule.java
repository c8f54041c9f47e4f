package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Singleton;
import news.broadsheet.api.ArticleRoutes;
import news.broadsheet.api.ImportRoutes;
import news.broadsheet.importer.ImportService;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.http.Route;
import news.broadsheet.http.Router;
import news.broadsheet.store.DynamoArticleStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The API function's services and routes. */
@Module
public final class ApiModule {
    private ApiModule() {}

    @Provides
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    static ArticleStore articleStore(DynamoDbClient dynamo, Config config) {
        return new DynamoArticleStore(dynamo, config.table());
    }

    @Provides
    @Singleton
    static ArticleService articleService(ArticleStore store, Clock clock) {
        return new ArticleService(store, clock);
    }

    @Provides
    @Singleton
    static Authenticator authenticator(Config config) {
        return new Authenticator(config.editorToken(), config.reporterToken());
    }

    @Provides
    @Singleton
    static ImportService importService(ArticleStore store, Clock clock) {
        return new ImportService(store, clock);
    }

    @Provides
    @Singleton
    static Router router(ArticleService articles, ImportService imports) {
        List<Route> routes = new ArrayList<>(new ArticleRoutes(articles).routes());
        routes.addAll(new ImportRoutes(imports).routes());
        return new Router(routes);
    }
}
