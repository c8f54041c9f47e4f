package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.local.LocalApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The dates the machine-readable files state (the sitemap index, each edition's sitemap, the feed)
 * are when readers could first see a page and when it last changed: a correction moves its edition's
 * date in the sitemap index as in its own sitemap, and nothing is dated after the publication that wrote it.
 */
@ExtendWith(EmulatorExtension.class)
class SiteDatesIT {
    static final ZoneId PAPER = ZoneId.of("Asia/Shanghai");
    static final Pattern DATES = Pattern.compile("<(lastmod|published|updated)>([^<]+)</");
    Newsroom newsroom;
    Paper paper;
    S3Client s3;

    @BeforeEach
    void start(Emulator emulator) {
        newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN));
        paper = new Paper(new ApiHandler(LocalApiComponent.create(newsroom.config())));
        s3 = Newsroom.s3(emulator);
    }

    String site(String key) {
        return PublishedStateIT.read(s3, newsroom.config().siteBucket(), key);
    }

    /** A sitemap's or feed's date: a W3C date (read in the paper's zone) or a date-time. */
    static Instant instant(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(PAPER).toInstant() : OffsetDateTime.parse(text).toInstant();
    }

    static List<Instant> dates(String xml) {
        List<Instant> out = new ArrayList<>();
        Matcher m = DATES.matcher(xml);
        while (m.find()) {
            out.add(instant(m.group(2)));
        }
        return out;
    }

    /** The {@code lastmod} the sitemap index gives the edition's sitemap. */
    static String indexLastmod(String index, String date) {
        Matcher m = Pattern.compile("/editions/" + date + "/sitemap\\.xml</loc><lastmod>([^<]+)</lastmod>").matcher(index);
        assertThat(m.find()).as(index).isTrue();
        return m.group(1);
    }

    @Test
    void correctedEdition_sitemapIndexCarriesItsNewLastmod() {
        String date = "2026-01-05";
        List<String> ids = paper.standardEdition(date);
        assertThat(paper.publish(date).get("status").asText()).isEqualTo("succeeded");
        String first = indexLastmod(site("sitemap.xml"), date);

        paper.retitle(ids.get(3), "社区食堂新菜单（更正）");
        assertThat(paper.publish(date).get("status").asText()).isEqualTo("succeeded");

        String own = site("editions/" + date + "/sitemap.xml");
        Instant newest = dates(own).stream().max(Instant::compareTo).orElseThrow();
        String now = indexLastmod(site("sitemap.xml"), date);
        assertThat(instant(now)).as("the index's lastmod for " + date).isEqualTo(newest).isAfter(instant(first));
    }

    @Test
    void tomorrowsEditionPublishedTonight_noFeedOrSitemapDateIsInTheFuture() {
        String tomorrow = LocalDate.now(PAPER).plusDays(1).toString();
        paper.standardEdition(tomorrow);
        assertThat(paper.publish(tomorrow).get("status").asText()).isEqualTo("succeeded");
        Instant after = Instant.now();

        for (String key : List.of("feed.xml", "sitemap.xml", "editions/" + tomorrow + "/sitemap.xml")) {
            List<Instant> stated = dates(site(key));
            assertThat(stated).as(key).isNotEmpty().allSatisfy(t -> assertThat(t).as(key).isBeforeOrEqualTo(after));
        }
    }
}
