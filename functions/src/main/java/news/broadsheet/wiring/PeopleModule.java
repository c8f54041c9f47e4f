package news.broadsheet.wiring;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import news.broadsheet.people.Directory;
import news.broadsheet.people.LocalDirectory;
import news.broadsheet.people.PeopleService;
import news.broadsheet.store.CognitoCalls;
import news.broadsheet.store.CognitoDirectory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** The newsroom's people: the stack's Cognito user pool in AWS, a stand-in in memory without one (the local stack). */
@Module
public final class PeopleModule {
    private PeopleModule() {}

    @Provides
    @Singleton
    static PeopleService peopleService(Config config) {
        Directory directory = config.userPoolId().<Directory>map(pool -> new CognitoDirectory(
                new CognitoCalls(DefaultCredentialsProvider.builder().build(), config.region(), config.endpoint()), pool))
                .orElseGet(LocalDirectory::new);
        return new PeopleService(directory);
    }
}
