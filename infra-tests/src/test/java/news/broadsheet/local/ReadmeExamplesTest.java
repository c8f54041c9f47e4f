package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.broadsheet.emulator.Template;
import news.broadsheet.local.ReadmeExamples.Block;
import news.broadsheet.local.ReadmeExamples.Page;
import org.junit.jupiter.api.Test;

/** How the examples of the README and docs/ are read: which blocks, which stack, and what they say they print. */
class ReadmeExamplesTest {
    static final String README = """
            # Paper

            ## Quick start

            ```sh
            make run
            ```

            Start with `BROADSHEET_EDITOR_TOKEN=ed BROADSHEET_REPORTER_TOKEN=rep make run RESET=1`.

            ```
            a file, not commands
            ```

            ## A day

            ```sh
            curl -s http://127.0.0.1:8080/api/x | jq -c .
            # → {"a":1}
            # → …年…月 done
            ```

            ## Deploy

            ```sh
            # In AWS: your account
            sam deploy
            ```
            """;

    @Test
    void shBlocks_areReadWithTheirSection_andOtherFencesAreNot() {
        ReadmeExamples examples = ReadmeExamples.parse(README);
        assertThat(examples.blocks()).extracting(ReadmeExamples.Block::section).containsExactly("Quick start", "A day", "Deploy");
        assertThat(examples.blocks()).extracting(ReadmeExamples.Block::forAws).containsExactly(false, false, true);
        ReadmeExamples.Block day = examples.blocks().get(1);
        assertThat(day.line()).isEqualTo(18);
        assertThat(day.prints()).containsExactly("{\"a\":1}", "…年…月 done");
        assertThat(day.against("http://127.0.0.1:41234")).startsWith("curl -s http://127.0.0.1:41234/api/x | jq -c .\n");
    }

    @Test
    void theStartCommand_givesTheTokensAndWhetherTheNewsroomStartsEmpty() {
        assertThat(ReadmeExamples.parse(README).start()).isEqualTo(new ReadmeExamples.Start("ed", "rep", true));
        assertThat(ReadmeExamples.parse(README.replace(" RESET=1", "")).start()).isEqualTo(new ReadmeExamples.Start("ed", "rep", false));
    }

    @Test
    void twoDifferentStartCommands_orNone_areRefused() {
        assertThatThrownBy(() -> ReadmeExamples.parse(README + "Or `BROADSHEET_EDITOR_TOKEN=x BROADSHEET_REPORTER_TOKEN=rep make run`."))
                .hasMessageContaining("names");
        assertThatThrownBy(() -> ReadmeExamples.parse("## Empty\n")).hasMessageContaining("names []");
    }

    @Test
    void printedOutput_mustMatchLineForLine_withAnEllipsisStandingForAnyText() {
        List<String> documented = List.of("{\"version\":2,\"publishAt\":\"…\"}", "404", "更正 …年…月…日 …:… 本文原称。");
        assertThat(ReadmeExamples.differenceFromPrinted(documented,
                "{\"version\":2,\"publishAt\":\"2026-11-29T22:11:28Z\"}\n404\n更正 2026年11月30日 06:13 本文原称。\n")).isEmpty();
        assertThat(ReadmeExamples.differenceFromPrinted(documented, "{\"version\":2,\"publishAt\":\"x\"}\n200\n"))
                .hasValue("line 2: README says «404», the run printed «200»");
        assertThat(ReadmeExamples.differenceFromPrinted(documented, "{\"version\":2,\"publishAt\":\"x\"}\n404\n"))
                .hasValue("line 3: README says «更正 …年…月…日 …:… 本文原称。», the run printed nothing more");
        assertThat(ReadmeExamples.differenceFromPrinted(List.of("a"), "a\nb\n"))
                .hasValue("line 2: README says nothing more, the run printed «b»");
        // Everything else in a documented line is literal, regular-expression characters included.
        assertThat(ReadmeExamples.differenceFromPrinted(List.of("[.*]"), "[ab]\n")).isPresent();
    }

    @Test
    void docsPages_areReadInTheOrderTheReadmeLinksThem_andAPageItDoesNotLinkIsStillRead() {
        String readme = "See [photos](docs/photos.md), [the day](docs/day.md#start) and [photos again](docs/photos.md).";
        assertThat(ReadmeExamples.order(readme, List.of("docs/api.md", "docs/day.md", "docs/photos.md")))
                .containsExactly("docs/photos.md", "docs/day.md", "docs/api.md");
    }

    @Test
    void aBlockInADocsPage_namesItsPage_andTakesThePagesTitleAsItsSection() {
        ReadmeExamples examples = ReadmeExamples.parse(List.of(new Page("README.md", README),
                new Page("docs/photos.md", "# Photos\n\nText.\n\n```sh\ncurl -s http://127.0.0.1:8080/api/media\n```\n")));
        Block photos = examples.blocks().get(examples.blocks().size() - 1);
        assertThat(photos.section()).isEqualTo("Photos");
        assertThat(photos).hasToString("Photos (docs/photos.md:6)");
    }

    @Test
    void theStartCommand_mayBeRepeatedOnAnotherPage_butNotChanged() {
        String same = "Start with `BROADSHEET_EDITOR_TOKEN=ed BROADSHEET_REPORTER_TOKEN=rep make run RESET=1`.\n";
        assertThat(ReadmeExamples.parse(List.of(new Page("README.md", README), new Page("docs/day.md", same))).start())
                .isEqualTo(new ReadmeExamples.Start("ed", "rep", true));
        assertThatThrownBy(() -> ReadmeExamples.parse(List.of(new Page("README.md", README),
                new Page("docs/day.md", same.replace(" RESET=1", ""))))).hasMessageContaining("names");
    }

    /** The examples ReadmeExamplesIT runs are where it looks for them, wherever in docs/ they moved. */
    @Test
    void theProjectsExamples_includeEverySectionTheIntegrationTestRuns() throws Exception {
        ReadmeExamples project = ReadmeExamples.read(Template.projectRoot());
        assertThat(project.blocks()).extracting(Block::section).contains("The API at a glance", "A day at the desk",
                "Importing a printed page", "Bringing back issues online", "Photos");
        assertThat(project.blocks().get(0).page()).isEqualTo("README.md");
    }
}
