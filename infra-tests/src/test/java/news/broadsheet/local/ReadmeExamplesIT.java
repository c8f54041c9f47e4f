package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Template;
import news.broadsheet.local.ReadmeExamples.Block;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell example in README.md and the {@code docs/} pages, run as printed: bash ({@code set -euo
 * pipefail}) runs each {@code ```sh} block, in reading order (README.md, then the pages in the order
 * it links them), against the stack {@code make run} starts (in-process,
 * on a free port, with the tokens and {@code RESET=1} the README names; only the base URL differs).
 * Each block must exit 0, every API request it makes must be answered below 400, and it must print
 * exactly what its {@code # → } lines say. The blocks not run are the Quick start's (the stack this
 * test starts itself) and those for a stack in AWS, which say so in their first line.
 */
@ExtendWith(EmulatorExtension.class)
class ReadmeExamplesIT {
    static final long BLOCK_TIMEOUT_SECONDS = 120;
    // The desk's only block gives a colleague access in AWS (Cognito admin calls): nothing to run locally.
    // The rebuild's block is AWS's (a whole-archive rebuild polled every 10 s); RebuildDrillIT runs the
    // same route on both emulators.
    static final List<String> NOT_RUN_HERE = List.of("Quick start", "The desk", "Deploy", "Rebuilding the site after a redesign");

    @TempDir
    static Path folder;
    static ReadmeExamples readme;
    static LocalServer server;
    static final List<LocalServer.Served> served = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start(Emulator emulator) throws IOException {
        readme = ReadmeExamples.read(Template.projectRoot());
        ReadmeExamples.Start start = readme.start();
        server = LocalServer.start(emulator, 0, start.editorToken(), start.reporterToken(),
                start.empty() ? new LocalServer.Contents.Empty() : new LocalServer.Contents.Sample());
        server.whenServed(served::add);
        // The reader's own photo, which the Photos example names.
        Files.write(folder.resolve("photo.jpg"), jpeg(1600, 1200));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static boolean runHere(Block block) {
        return !block.section().equals("Quick start") && !block.forAws();
    }

    @Test
    void theOnlyBlocksNotRun_areTheQuickStartAndTheDeploySectionsAwsOnes() {
        assertThat(readme.blocks().stream().filter(b -> !runHere(b)).map(Block::section)).isNotEmpty()
                .allMatch(NOT_RUN_HERE::contains);
        assertThat(readme.blocks().stream().filter(ReadmeExamplesIT::runHere).map(Block::section))
                .contains("The API at a glance", "A day at the desk", "Importing a printed page", "Bringing back issues online",
                        "Photos");
    }

    @TestFactory
    Stream<DynamicTest> everyShellExample_runsAsPrinted_againstTheStackMakeRunStarts() {
        return readme.blocks().stream().filter(ReadmeExamplesIT::runHere)
                .map(block -> DynamicTest.dynamicTest(block.toString(), () -> {
                    List<LocalServer.Served> requests = runAsPrinted(block);
                    if (block.section().equals("A day at the desk")) {
                        theScheduledEditionWentLiveOnItsOwn(requests);
                    }
                }));
    }

    /** Runs the block with bash and checks what the README promises of any block; returns the requests it made. */
    static List<LocalServer.Served> runAsPrinted(Block block) throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        int first = served.size();
        Process bash = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + block.against(base))
                .directory(folder.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        boolean finished = bash.waitFor(BLOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            bash.descendants().forEach(ProcessHandle::destroyForcibly);
            bash.destroyForcibly().waitFor();
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        List<LocalServer.Served> requests = List.copyOf(served.subList(first, served.size()));
        String context = block + " printed:\n" + stdout + "\nand on stderr:\n" + stderr;

        assertThat(finished).as("finished within %d s: %s", BLOCK_TIMEOUT_SECONDS, context).isTrue();
        assertThat(bash.exitValue()).as("exit status of " + context).isZero();
        assertThat(requests).as("requests of " + block).isNotEmpty();
        assertThat(requests).as("API requests answered 400 or more by " + context)
                .filteredOn(r -> r.path().startsWith("/api/") && r.status() >= 400).isEmpty();
        if (!block.prints().isEmpty()) {
            assertThat(ReadmeExamples.differenceFromPrinted(block.prints(), stdout)).as(context).isEmpty();
        }
        return requests;
    }

    /**
     * The day's edition reached readers (its page answered 200) before anyone asked to publish it:
     * the schedule alone put it on the site.
     */
    static void theScheduledEditionWentLiveOnItsOwn(List<LocalServer.Served> requests) {
        String date = requests.stream().filter(r -> r.method().equals("PUT") && r.path().startsWith("/api/editions/"))
                .map(r -> r.path().substring("/api/editions/".length())).findFirst().orElseThrow();
        int live = IntStream.range(0, requests.size()).filter(i -> requests.get(i).path().equals("/editions/" + date + "/")
                && requests.get(i).status() == 200).findFirst().orElseThrow();
        assertThat(requests.subList(0, live)).as("requests before the edition %s was live", date)
                .noneMatch(r -> r.method().equals("POST") && r.path().startsWith("/api/editions/" + date + "/publish"))
                .anyMatch(r -> r.path().equals("/editions/" + date + "/") && r.status() == 404);
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.DARK_GRAY));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var bytes = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return bytes.toByteArray();
    }
}
