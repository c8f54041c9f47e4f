package news.broadsheet.local.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.local.backfill.BackIssueFiles.BackIssueFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which edition each file of a backfill folder belongs to, which are taken, and in what order. */
class BackIssueFilesTest {
    static final Path DIR = Path.of("dumps");

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "2031/03/14/02.txt     | 2031年3月14日城南日报 第2版 | 2031-03-14",
            "2031/03/14.txt        | none                        | 2031-03-14",
            "2031-03-14.txt        | 第2版(城事)                 | 2031-03-14",
            "2031-03-14-02.txt     | none                        | 2031-03-14",
            "20310314_02.txt       | none                        | 2031-03-14",
            "misc/page.txt         | 2031年3月4日城南日报        | 2031-03-04",
            "2031/02/30/01.txt     | none                        | none",
            "misc/page.txt         | 城南日报                    | none",
            "2031/03/15/01.txt     | 2031年3月14日城南日报       | none",
    })
    void aFile_takesItsFirstLinesDate_elseItsPaths_andIsRefusedWhenTheyDisagree(String relative, String firstLine, String expected) {
        BackIssueFile f = BackIssueFiles.place(DIR, DIR.resolve(relative), firstLine);
        assertThat(f.date()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
        assertThat(f.problem() == null).isEqualTo(expected != null);
    }

    @Test
    void editions_areOldestFirst_filesInNumericOrder_andTheRangeIsInclusive() {
        List<BackIssueFile> files = new ArrayList<>();
        for (String r : List.of("2031/03/02/10.txt", "2031/03/02/02.txt", "2031/03/01/01.txt", "2031/03/03/01.txt", "2031/03/02/1.txt")) {
            files.add(BackIssueFiles.place(DIR, DIR.resolve(r), null));
        }
        files.add(BackIssueFiles.place(DIR, DIR.resolve("notes.txt"), "说明"));

        BackIssueFiles.Listing all = BackIssueFiles.group(files, null, null, 8124);
        assertThat(all.editions()).extracting(e -> e.date().toString()).containsExactly("2031-03-01", "2031-03-02", "2031-03-03");
        assertThat(all.editions().get(1).files()).extracting(BackIssueFile::relative)
                .containsExactly("2031/03/02/1.txt", "2031/03/02/02.txt", "2031/03/02/10.txt");
        assertThat(all.editions()).extracting(BackIssueFiles.EditionFiles::number).containsExactly(8124, 8125, 8126);
        assertThat(all.unplaced()).extracting(BackIssueFile::relative).containsExactly("notes.txt");

        BackIssueFiles.Listing range = BackIssueFiles.group(files, LocalDate.parse("2031-03-02"), LocalDate.parse("2031-03-03"), 8124);
        assertThat(range.editions()).extracting(e -> e.date().toString()).containsExactly("2031-03-02", "2031-03-03");
        // Numbers count from the folder's oldest edition, so a range numbers an edition as the whole folder does.
        assertThat(range.editions()).extracting(BackIssueFiles.EditionFiles::number).containsExactly(8125, 8126);
        assertThat(range.fileCount()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({"2.txt,10.txt", "01.txt,2.txt", "2031/03/09/01.txt,2031/03/10/01.txt", "a.txt,b.txt"})
    void naturalOrder_comparesDigitRunsAsNumbers(String first, String second) {
        assertThat(BackIssueFiles.naturalCompare(first, second)).isNegative();
        assertThat(BackIssueFiles.naturalCompare(second, first)).isPositive();
    }
}
