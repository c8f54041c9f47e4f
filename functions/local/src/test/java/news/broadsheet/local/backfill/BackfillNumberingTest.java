package news.broadsheet.local.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.local.backfill.BackIssueFiles.BackIssueFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 期号 count on from the folder's oldest edition, so one file misdated by a century renumbered every
 * edition (41518 where 5001 was right) without a word. A number that breaks the run's sequence is
 * reported, and nothing is sent until someone says yes.
 */
class BackfillNumberingTest {
    static final Path DIR = Path.of("dumps");

    static List<BackIssueFile> monthWithOneMisdatedFile() {
        List<BackIssueFile> files = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            files.add(BackIssueFiles.place(DIR, DIR.resolve(String.format("2013/03/%02d/01.txt", day)), null));
        }
        // The 6th, typed 1913 on its first line and filed by it.
        files.add(BackIssueFiles.place(DIR, DIR.resolve("misc/0306.txt"), "1913年3月6日城南日报 第1版"));
        return files;
    }

    @Test
    void oneMisdatedFile_breaksTheSequence_andTheBreakNamesItsFileAndTheNumbers() {
        BackIssueFiles.Listing listing = BackIssueFiles.group(monthWithOneMisdatedFile(), null, null, 5001);

        assertThat(listing.breaks()).singleElement().satisfies(b -> {
            assertThat(b.before()).isEqualTo(LocalDate.of(1913, 3, 6));
            assertThat(b.after()).isEqualTo(LocalDate.of(2013, 3, 1));
            assertThat(b.describe()).contains("misc/0306.txt", "5001", "2013-03-01", String.valueOf(5001 + java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1913, 3, 6), LocalDate.of(2013, 3, 1))));
        });
    }

    @Test
    void aDailyRunWithAHolidayGap_hasNoBreak() {
        List<BackIssueFile> files = new ArrayList<>();
        for (String day : List.of("2013/02/08", "2013/02/09", "2013/02/17", "2013/02/18")) {   // 春节: no paper for a week
            files.add(BackIssueFiles.place(DIR, DIR.resolve(day + "/01.txt"), null));
        }

        assertThat(BackIssueFiles.group(files, null, null, 5001).breaks()).isEmpty();
    }

    @Test
    void aRunWhoseNumbersBreakTheSequence_sendsNothingWithoutAYes_andReportsWhy(@TempDir Path work) throws Exception {
        Path dumps = work.resolve("dumps");
        for (int day = 1; day <= 3; day++) {
            Path f = dumps.resolve(String.format("2013/03/%02d/01.txt", day));
            Files.createDirectories(f.getParent());
            Files.writeString(f, String.format("2013年3月%d日城南日报 第1版\n\n第1版(要闻)\n\n新桥合龙\n本报讯 新桥今日合龙。\n", day));
        }
        Path misdated = dumps.resolve("2013/03/04.txt");
        Files.writeString(misdated, "1913年3月4日城南日报 第1版\n\n第1版(要闻)\n\n旧桥拆除\n本报讯 旧桥今日拆除。\n");
        Files.move(misdated, dumps.resolve("misc-0304.txt"));
        Path report = work.resolve("report.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // Nothing answers on this port: a run that sent anything would fail to connect.
        Backfill.Outcome outcome = Backfill.run(new Backfill.Options(dumps, null, null, 5001, "http://127.0.0.1:9", "t", report,
                0, false, false), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(outcome.filesSent()).isZero();
        assertThat(outcome.needsYes()).isTrue();
        String written = Files.readString(report);
        assertThat(written).contains("misc-0304.txt", "YES=1");
    }
}
