package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalServer;
import news.broadsheet.local.LocalWorkers;
import news.broadsheet.local.backfill.Backfill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code make backfill WAY=queue}: the same back issues filed, then published through the rebuild's
 * queue by two workers ({@code POST /api/site/rebuild?mode=backfill}) instead of one publication at a
 * time, end with the same site: the same keys with the same bytes (the stack's address and the times
 * of publication set aside), every edition on the published record, and no broken link from the front page.
 */
@ExtendWith(EmulatorExtension.class)
class BackfillByQueueIT {
    static final String EDITOR = "queue-editor";
    static final int EDITIONS = 12;
    static final LocalDate FIRST = LocalDate.of(2021, 3, 1);

    @TempDir
    static Path work;
    static Path dumps;

    @BeforeAll
    static void generate() throws Exception {
        dumps = work.resolve("dumps");
        for (int day = 0; day < EDITIONS; day++) {
            LocalDate date = FIRST.plusDays(day);
            for (int page = 1; page <= 2; page++) {
                Path file = dumps.resolve(String.format("%d/%02d/%02d/%02d.txt", date.getYear(), date.getMonthValue(),
                        date.getDayOfMonth(), page));
                Files.createDirectories(file.getParent());
                Files.writeString(file, MonthOfDumps.page(date, day + 1, page), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void backIssuesPublishedThroughTheQueueByTwoWorkers_endWithTheSiteOfOnePublicationAtATime(Emulator emulator) throws Exception {
        Map<String, String> oneAtATime;
        try (LocalServer stack = LocalServer.start(emulator, 0, EDITOR, "queue-reporter", new LocalServer.Contents.Empty())) {
            Backfill.Outcome done = Backfill.run(options(stack, "one.json", false), quiet());
            assertThat(done.published()).isEqualTo(EDITIONS);
            try (S3Client s3 = Newsroom.s3(emulator)) {
                oneAtATime = site(s3, stack.siteBucket(), stack.port());
            }
        }
        Map<String, String> byQueue;
        try (LocalServer stack = LocalServer.start(emulator, 0, EDITOR, "queue-reporter", new LocalServer.Contents.Empty());
             LocalWorkers workers = stack.rebuildWorkers(2, 0)) {
            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            Backfill.Outcome done = Backfill.run(options(stack, "queue.json", true), new PrintStream(progress, true, StandardCharsets.UTF_8));
            assertThat(done.failed()).as(progress.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(done.published()).isEqualTo(EDITIONS);
            assertThat(done.refreshed()).as("the job's end rendered the site-wide pages").isTrue();
            assertThat(progress.toString(StandardCharsets.UTF_8)).contains("published through the queue");
            try (S3Client s3 = Newsroom.s3(emulator)) {
                Crawl crawl = Crawl.from(s3, stack.siteBucket(), "index.html");
                assertThat(crawl.broken).isEmpty();
                assertThat(crawl.pages.keySet()).contains("editions/2021-03-01/index.html", "editions/2021-03-12/pages/2/index.html");
                byQueue = site(s3, stack.siteBucket(), stack.port());
            }
        }
        assertThat(byQueue.keySet()).isEqualTo(oneAtATime.keySet());
        List<String> differ = new ArrayList<>();
        byQueue.forEach((k, v) -> {
            if (!v.equals(oneAtATime.get(k))) {
                differ.add(k);
            }
        });
        assertThat(differ).as("objects whose bytes differ between the queue's backfill and one publication at a time").isEmpty();
    }

    private static Map<String, String> site(S3Client s3, String bucket, int port) {
        Map<String, String> out = new TreeMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
            String text = new String(s3.getObjectAsBytes(r -> r.bucket(bucket).key(o.key())).asByteArray(), StandardCharsets.UTF_8);
            out.put(o.key(), BackfillIT.TIMESTAMP.matcher(text.replace("http://127.0.0.1:" + port, "http://site")).replaceAll("TIME"));
        }
        return out;
    }

    private static Backfill.Options options(LocalServer stack, String report, boolean byQueue) {
        return new Backfill.Options(dumps, null, null, 1, "http://127.0.0.1:" + stack.port(), EDITOR, work.resolve(report), 0, false,
                false, byQueue);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
