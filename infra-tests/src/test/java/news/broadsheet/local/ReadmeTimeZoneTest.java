package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.emulator.Template;
import org.junit.jupiter.api.Test;

/**
 * The examples of the README and docs/ name the paper's days and hours in the paper's time zone (template.yaml's
 * PaperTimeZone), not the machine's: on a machine on UTC, "tomorrow 06:00" would be 14:00 in Beijing.
 */
class ReadmeTimeZoneTest {
    /** A date or clock time the shell works out: `date -d '...'`, or a calendar day `+%F`. */
    private static final Pattern DATE = Pattern.compile("(\\S*)\\s*date -d ('[^']*'|\\S+)( \\+\\S+)?");

    @Test
    void everyDayOrHourInTheExamples_isInThePapersTimeZone() throws Exception {
        String template = Files.readString(Template.projectRoot().resolve("template.yaml"));
        Matcher zone = Pattern.compile("PaperTimeZone:\\s+Type: String\\s+Default: (\\S+)").matcher(template);
        assertThat(zone.find()).as("template.yaml's PaperTimeZone default").isTrue();
        ReadmeExamples readme = ReadmeExamples.read(Template.projectRoot());

        List<String> inTheMachinesZone = new ArrayList<>();
        for (ReadmeExamples.Block block : readme.blocks()) {
            Matcher date = DATE.matcher(block.text());
            while (date.find()) {
                boolean namesADayOrHour = date.group(2).matches(".*(today|tomorrow|yesterday|\\d{1,2}:\\d{2}).*")
                        || (date.group(3) != null && date.group(3).contains("%F"));
                if (namesADayOrHour && !date.group(1).endsWith("TZ=" + zone.group(1))) {
                    inTheMachinesZone.add(block.section() + ": " + date.group());
                }
            }
        }
        assertThat(readme.blocks()).isNotEmpty();
        assertThat(inTheMachinesZone).isEmpty();
    }
}
