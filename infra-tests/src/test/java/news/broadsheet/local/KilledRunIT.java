package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import news.broadsheet.emulator.MotoEmulator;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A `make run` killed without its stop hook (kill -9, a crash) never saved its data, and its emulator,
 * in a session of its own, runs on. The next start finds the note the killed run left, saves what
 * that emulator holds, and stops it: nothing written before the kill is lost, and no emulator is left
 * behind.
 */
class KilledRunIT {

    /** The process id of a run that has ended. */
    static long killedRun() throws Exception {
        Process run = new ProcessBuilder("true").start();
        run.waitFor();
        return run.pid();
    }

    @Test
    void theWorkOfAKilledRun_isSavedFromItsEmulator_andTheEmulatorStopped_atTheNextStart(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        MotoEmulator orphan = MotoEmulator.startDetached(MotoEmulator.command());
        try {
            Newsroom newsroom = Newsroom.create(orphan, Map.of(Config.EDITOR_TOKEN, "e", Config.REPORTER_TOKEN, "r"));
            String table = newsroom.config().table();
            String bucket = newsroom.config().siteBucket();
            try (var dynamo = orphan.dynamo(); var s3 = Newsroom.s3(orphan)) {
                dynamo.putItem(r -> r.tableName(table).item(Map.of("pk", AttributeValue.fromS("ARTICLE#before-the-kill"),
                        "sk", AttributeValue.fromS("CURRENT"), "headline", AttributeValue.fromS("夜班编辑记"))));
                s3.putObject(r -> r.bucket(bucket).key("index.html").contentType("text/html; charset=utf-8"),
                        RequestBody.fromString("<p>头版</p>", StandardCharsets.UTF_8));
            }
            Path note = EmulatorNote.beside(data);
            EmulatorNote.write(note, killedRun(), orphan.pid(), orphan.endpoint(), table, bucket);

            var saved = EmulatorNote.rescue(note, data);

            assertThat(saved).hasValueSatisfying(counts -> assertThat(counts).containsExactly(1, 1));
            assertThat(LocalData.exists(data)).isTrue();
            assertThat(Files.readString(data.resolve("table.jsonl"))).contains("ARTICLE#before-the-kill", "夜班编辑记");
            assertThat(Files.readString(data.resolve("bucket/index.html"))).isEqualTo("<p>头版</p>");
            assertThat(Files.exists(note)).as("the note is gone").isFalse();
            var process = ProcessHandle.of(orphan.pid());
            if (process.isPresent()) {
                process.get().onExit().get(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            assertThat(ProcessHandle.of(orphan.pid()).map(ProcessHandle::isAlive)).as("the orphaned emulator was stopped")
                    .isNotEqualTo(java.util.Optional.of(true));
        } finally {
            orphan.close();
        }
    }

    @Test
    void aNoteWhoseEmulatorIsGone_orIsNotAnEmulator_savesNothing_andStopsNothing(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        Path note = EmulatorNote.beside(data);
        Process stranger = new ProcessBuilder("sleep", "60").start();
        try {
            EmulatorNote.write(note, ProcessHandle.current().pid(), stranger.pid(), java.net.URI.create("http://127.0.0.1:9"), "t", "b");
            assertThat(EmulatorNote.rescue(note, data)).as("its run still runs").isEmpty();
            assertThat(Files.exists(note)).as("another run's note is kept").isTrue();
            EmulatorNote.write(note, killedRun(), stranger.pid(), java.net.URI.create("http://127.0.0.1:9"), "t", "b");
            assertThat(EmulatorNote.rescue(note, data)).isEmpty();
            assertThat(stranger.isAlive()).as("a process that is not our emulator is never stopped").isTrue();
            assertThat(LocalData.exists(data)).isFalse();
            assertThat(Files.exists(note)).isFalse();
        } finally {
            stranger.destroy();
        }
    }
}
