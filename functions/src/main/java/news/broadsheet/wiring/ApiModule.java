package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Singleton;
import news.broadsheet.api.ArticleRoutes;
import news.broadsheet.api.EditionRoutes;
import news.broadsheet.api.ImportRoutes;
import news.broadsheet.article.ArticleService;
import news.broadsheet.article.ArticleStore;
import news.broadsheet.auth.Authenticator;
import news.broadsheet.edition.EditionService;
import news.broadsheet.edition.EditionStore;
import news.broadsheet.http.Route;
import news.broadsheet.http.Router;
import news.broadsheet.importer.ImportService;
import news.broadsheet.publish.PublicationStore;
import news.broadsheet.publish.PublishRequests;
import news.broadsheet.publish.PublishTrigger;

/** The API function's services and routes; the {@link PublishTrigger} comes from the function's wiring. */
@Module
public final class ApiModule {
    private ApiModule() {}

    @Provides
    @Singleton
    static ArticleService articleService(ArticleStore store, Clock clock) {
        return new ArticleService(store, clock);
    }

    @Provides
    @Singleton
    static ImportService importService(ArticleStore store, Clock clock) {
        return new ImportService(store, clock);
    }

    @Provides
    @Singleton
    static EditionService editionService(EditionStore editions, ArticleStore articles, Clock clock) {
        return new EditionService(editions, articles, clock);
    }

    @Provides
    @Singleton
    static PublishRequests publishRequests(EditionStore editions, PublicationStore publications, PublishTrigger trigger, Clock clock) {
        return new PublishRequests(editions, publications, trigger, clock);
    }

    @Provides
    @Singleton
    static Authenticator authenticator(Config config) {
        return new Authenticator(config.editorToken(), config.reporterToken());
    }

    @Provides
    @Singleton
    static Router router(ArticleService articles, ImportService imports, EditionService editions, PublishRequests publishing) {
        List<Route> routes = new ArrayList<>(new ArticleRoutes(articles).routes());
        routes.addAll(new ImportRoutes(imports).routes());
        routes.addAll(new EditionRoutes(editions, publishing).routes());
        return new Router(routes);
    }
}
