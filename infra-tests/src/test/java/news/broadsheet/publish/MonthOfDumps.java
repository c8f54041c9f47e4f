package news.broadsheet.publish;

import java.time.LocalDate;

/**
 * Synthetic back-issue pages in the archive-dump format, written for these tests: two stories a page,
 * each with a 主题, a dateline and two paragraphs; the second story of page 2 of the seventh edition has
 * no dateline, which the backfill's summary must name.
 */
final class MonthOfDumps {
    private static final String[] PAGE_NAMES = {"要闻", "城事"};
    private static final String[] TOPICS = {"老街改造", "社区动态", "河道治理", "公交线路", "图书馆开放", "菜场升级"};

    private MonthOfDumps() {}

    /** One page: {@code 2021年3月7日城南日报 第2版}, then two stories under {@code 第2版(城事)} headers. */
    static String page(LocalDate date, int issue, int page) {
        StringBuilder out = new StringBuilder();
        out.append(date.getYear()).append('年').append(date.getMonthValue()).append('月').append(date.getDayOfMonth())
                .append("日城南日报 第").append(page).append("版\n\n");
        for (int story = 1; story <= 2; story++) {
            String topic = TOPICS[(issue + page + story) % TOPICS.length];
            out.append("第").append(page).append("版(").append(PAGE_NAMES[page - 1]).append(")\n");
            out.append("专栏:").append(story == 1 ? "民生关注" : "").append("\n\n");
            out.append("城南第").append(issue).append("期第").append(page).append("版").append(topic).append('\n');
            boolean noDateline = issue == 7 && page == 2 && story == 2;
            out.append(noDateline ? "" : "本报讯 ").append("记者从区里获悉，").append(topic).append("工作于")
                    .append(date.getMonthValue()).append('月').append(date.getDayOfMonth()).append("日开始。\n");
            out.append("第").append(story).append("批项目将在月底前完成，居民可到社区服务站了解详情。\n\n");
        }
        return out.toString();
    }
}
