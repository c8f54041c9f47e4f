package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An edition whose first publication died before its commit is not on the site, yet its pages may be
 * in the bucket: an editor who decides not to run it (a legal hold) takes it down like any other, and
 * every object the dead run uploaded under its folder leaves the bucket, with a tombstone so the site
 * answers 410. The committed editions around it stay byte for byte.
 */
@ExtendWith(EmulatorExtension.class)
class AbandonedEditionIT {
    static final String HELD = "2026-01-07";

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"uploaded-new_articles", "uploaded-site", "before-commit"})
    void anEditionWhoseFirstPublicationDied_canBeTakenDown(String step, Emulator emulator) throws Exception {
        FaultInjectionIT.Desk desk = new FaultInjectionIT.Desk(emulator);
        desk.edition("2026-01-05", "a1", "a2", "a3");
        desk.edition("2026-01-06", "b1", "b2", "b3");
        desk.publish("2026-01-05", desk.bucket());
        desk.publish("2026-01-06", desk.bucket());
        desk.edition(HELD, "c1", "c2", "c3", "c4");
        Map<String, String> committed = editionsOtherThanHeld(desk);

        Publication job = Publication.queued("killed-" + step, HELD, "editor", Instant.now().toString());
        desk.publications.start(job, Instant.now().plusSeconds(KillIT.LEASE_SECONDS), Instant.now());
        KillIT.runAndKillAt(step, desk, job.id());
        List<String> left = desk.bucket().keys("editions/" + HELD + "/");
        assertThat(left).as("the dead run uploaded pages of the held edition").isNotEmpty();
        assertThat(desk.published.find(HELD).orElseThrow().committed()).isFalse();

        Thread.sleep(KillIT.LEASE_SECONDS * 1000L + 1100);
        PublishRequests requests = new PublishRequests(desk.editions, desk.publications, desk.published, null, id -> { },
                java.time.Clock.systemUTC());   // the lease is judged by the wall clock: the dead run's has run out
        Publication down = requests.takeDown(HELD, FaultInjectionIT.EDITOR);
        Publication done = new Publisher(desk.articles, desk.editions, desk.publications, desk.published, desk.renderer,
                desk.bucket(), Cdn.NONE, HeaderRules.defaults(), FaultInjectionIT.PUBLISHING_CLOCK).run(down.id());

        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(desk.bucket().keys("editions/" + HELD + "/")).as("nothing of the held edition is left").isEmpty();
        // Content-addressed search segments are never tombstoned (a normal take-down leaves them untold too).
        List<String> pages = left.stream().filter(k -> !k.contains("/search/")).toList();
        assertThat(pages).isNotEmpty();
        assertThat(desk.published.buriedIn("edition/" + HELD)).as("each of its pages answers 410").containsAll(pages);
        assertThat(editionsOtherThanHeld(desk)).as("the committed editions are untouched").isEqualTo(committed);
        Crawl crawl = Crawl.from(desk.s3, desk.newsroom.config().siteBucket(), "index.html");
        assertThat(crawl.broken).isEmpty();
        assertThat(crawl.pages.values()).allSatisfy(html -> assertThat(html).doesNotContain(HELD));
        assertThat(desk.publications.find(job.id()).orElseThrow().status()).isNotEqualTo(Publication.SUCCEEDED);

        Publication again = requestAgain(requests);
        assertThat(again).as("once it is off the site, a second take-down is refused").isNull();
    }

    private static Publication requestAgain(PublishRequests requests) {
        try {
            return requests.takeDown(HELD, FaultInjectionIT.EDITOR);
        } catch (news.broadsheet.failure.NotFound e) {
            return null;
        }
    }

    private static Map<String, String> editionsOtherThanHeld(FaultInjectionIT.Desk desk) {
        return desk.contents().entrySet().stream().filter(e -> e.getKey().startsWith("editions/"))
                .filter(e -> !e.getKey().startsWith("editions/" + HELD + "/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
