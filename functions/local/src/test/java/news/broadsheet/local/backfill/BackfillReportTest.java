package news.broadsheet.local.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import news.broadsheet.local.backfill.BackfillReport.EditionEntry;
import news.broadsheet.local.backfill.BackfillReport.FileEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backfill's report and summary, and its progress lines. */
class BackfillReportTest {
    @TempDir
    Path dir;

    @Test
    void theSummary_countsFilesStoriesAndEditions_andListsWhatNeedsALook() {
        BackfillReport report = new BackfillReport();
        report.file(new FileEntry("2031/03/01/01.txt", "2031-03-01", List.of(1), 2, "archive", "2 story header(s)", "imported", List.of(), null));
        report.file(new FileEntry("2031/03/01/02.txt", "2031-03-01", List.of(2), 3, "archive", "3 story header(s)", "imported",
                List.of("《老街改造启动》 (第2版) has no dateline"), null));
        report.file(new FileEntry("notes.txt", null, null, 0, null, null, "refused", null, "neither its first line nor its path gives a date"));
        report.edition(new EditionEntry("2031-03-01", 1, "published", "job-1", null));
        report.edition(new EditionEntry("2031-03-02", 2, "failed", "job-2", "Publication failed: the bucket refused"));

        assertThat(report.summary()).containsExactly(
                "3 file(s), 5 stories; 1 edition(s) published, 0 already on the site, 1 failed",
                "Needs a human look:",
                "  2031/03/01/02.txt (2031-03-01)",
                "    ? 《老街改造启动》 (第2版) has no dateline",
                "  notes.txt",
                "    ! neither its first line nor its path gives a date",
                "  edition 2031-03-02 did not publish: Publication failed: the bucket refused");
    }

    @Test
    void aRunAfterAnInterruption_keepsWhatTheRunThatImportedAFileReported() throws Exception {
        Path path = firstRunImportedOneFile();

        BackfillReport second = BackfillReport.resuming(path);
        second.file(new FileEntry("01.txt", "2031-03-01", List.of(2), 2, null, null, "already-imported", List.of(), null));

        FileEntry kept = second.files().get(0);
        assertThat(kept.outcome()).isEqualTo("already-imported");
        assertThat(kept.layout()).isEqualTo("archive");
        assertThat(kept.needsLook()).containsExactly("《甲》 (第2版) has no dateline");
    }

    @Test
    void aThirdRun_stillKeepsWhatTheFirstRunFound_notOnlyTheSecond() throws Exception {
        Path path = firstRunImportedOneFile();
        for (int run = 2; run <= 4; run++) {
            BackfillReport again = BackfillReport.resuming(path);
            again.file(new FileEntry("01.txt", "2031-03-01", null, 0, null, null, "already-published", null, null));
            again.write(path);
        }

        FileEntry kept = readBack(path);
        assertThat(kept.outcome()).isEqualTo("already-published");
        assertThat(kept.stories()).isEqualTo(2);
        assertThat(kept.pages()).containsExactly(2);
        assertThat(kept.layout()).isEqualTo("archive");
        assertThat(kept.needsLook()).containsExactly("《甲》 (第2版) has no dateline");
    }

    /** A report after a first run that imported {@code 01.txt} and found one thing to look at. */
    private Path firstRunImportedOneFile() throws Exception {
        Path path = dir.resolve("report.json");
        BackfillReport first = BackfillReport.resuming(path);
        first.file(new FileEntry("01.txt", "2031-03-01", List.of(2), 2, "archive", "2 story header(s)", "imported",
                List.of("《甲》 (第2版) has no dateline"), null));
        first.write(path);
        return path;
    }

    /** The single file entry written at {@code path}, as the next run would read it. */
    private static FileEntry readBack(Path path) throws Exception {
        BackfillReport next = BackfillReport.resuming(path);
        next.file(new FileEntry("01.txt", "2031-03-01", null, 0, null, null, "already-published", null, null));
        return next.files().get(0);
    }

    @Test
    void progress_isABarOnATerminal_andPlainLinesElsewhere() {
        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        new Progress(new PrintStream(tty, true, StandardCharsets.UTF_8), true, 60).step(15, "2031-03-08 published");
        assertThat(tty.toString(StandardCharsets.UTF_8)).isEqualTo("\r[#######.......................] 15/60 2031-03-08 published\u001b[K");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new Progress(new PrintStream(log, true, StandardCharsets.UTF_8), false, 60).step(15, "2031-03-08 published");
        assertThat(log.toString(StandardCharsets.UTF_8)).isEqualTo("[15/60 files] 2031-03-08 published" + System.lineSeparator());
    }
}
