package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    /** Stopped as soon as its emulator appears, while it waits for it to answer, while it fills it, and once it runs. */
    @org.junit.jupiter.params.ParameterizedTest(name = "stopped {0} ms after its emulator appeared")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 700, 2500, 6000})
    void aRunStoppedWhileItStarts_leavesNoEmulatorBehind(int after, @TempDir Path folder) throws Exception {
        // make run stopped (Ctrl-C, SIGTERM) in its first seconds: its emulator has started, in a session of its
        // own that the signal does not reach, but the stop hook that saves and stops it is not in place yet.
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaCommand, "-Dbroadsheet.moto.python=" + MotoEmulator.command(), "-cp",
                System.getProperty("java.class.path"), LocalServer.class.getName()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PORT", Integer.toString(freePort()));
        builder.environment().put("BROADSHEET_LOCAL_DATA", folder.resolve("data").toString());
        Process run = builder.start();
        ProcessHandle emulator = null;
        try {
            for (long until = System.nanoTime() + Duration.ofSeconds(60).toNanos(); emulator == null && System.nanoTime() < until; ) {
                emulator = run.descendants().filter(p -> p.info().commandLine().orElse("").contains("moto_server")).findFirst().orElse(null);
                Thread.sleep(20);
            }
            assertThat(emulator).as("the run started its emulator").isNotNull();
            Thread.sleep(after);
            new ProcessBuilder("kill", "-TERM", Long.toString(run.pid())).inheritIO().start().waitFor();
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run stopped").isTrue();
            emulator.onExit().get(20, TimeUnit.SECONDS);
            assertThat(emulator.isAlive()).as("its emulator stopped with it").isFalse();
        } finally {
            run.destroyForcibly();
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            if (emulator != null) {
                emulator.destroyForcibly();
            }
        }
    }

    private static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
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
