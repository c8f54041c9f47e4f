package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** Optimistic locking under contention: of many writers holding the same ETag, exactly one wins. */
@ExtendWith(EmulatorExtension.class)
class ArticleRaceIT {
    static final int CLIENTS = 20;

    @RepeatedTest(3)
    void twentyClientsWithTheSameIfMatch_exactlyOneWins_andTheStoredArticleIsTheWinners(Emulator emulator) throws Exception {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, "t"));
        ApiHandler api = new ApiHandler(LocalApiComponent.create(newsroom.config()));
        String id = Call.of("POST", "/api/articles").token("t").json("{\"headline\": \"原稿\"}").send(api).json().get("id").asText();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Call.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String headline = "客户端" + i;
            replies.add(pool.submit(() -> {
                start.await();
                return Call.of("PUT", "/api/articles/" + id).token("t").header("if-match", "\"1\"")
                        .json("{\"headline\": \"" + headline + "\"}").send(api);
            }));
        }
        start.countDown();
        List<Call.Reply> done = new ArrayList<>();
        for (Future<Call.Reply> f : replies) {
            done.add(f.get());
        }
        pool.shutdown();

        List<Call.Reply> winners = done.stream().filter(r -> r.status() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(done.stream().filter(r -> r.status() == 412)).hasSize(CLIENTS - 1);

        JsonNode stored = Call.of("GET", "/api/articles/" + id).token("t").send(api).json();
        assertThat(stored.get("headline").asText()).isEqualTo(winners.get(0).json().get("headline").asText());
        assertThat(stored.get("version").asLong()).isEqualTo(2);
        JsonNode revisions = Call.of("GET", "/api/articles/" + id + "/revisions").token("t").send(api).json().get("items");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).get("headline").asText()).isEqualTo(stored.get("headline").asText());
    }
}
