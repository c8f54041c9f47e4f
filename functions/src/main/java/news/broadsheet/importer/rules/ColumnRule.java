package news.broadsheet.importer.rules;

import java.util.regex.Pattern;

/**
 * Column banners (栏目) stand alone above stories: a column word and a topic ({@code 聚焦 城市更新},
 * also with an ideographic space), or the campaign formula {@code 深入学习宣传贯彻…精神}. A series
 * banner of slogan phrases ({@code 抓实基层治理 建设幸福家园}) is recognised only by its place, above a
 * headline group that is complete without it; {@link HeadGroupRule} decides that. Add a paper's own
 * column words to {@link #COLUMN_WORDS}.
 */
public final class ColumnRule {
    public static final String COLUMN_WORDS = "聚焦|关注|视点|专题|特别关注|今日关注|一线|观察|民生";
    private static final Pattern BANNER = Pattern.compile(
            "^(?:(?:" + COLUMN_WORDS + ")" + Text.SPACES + "\\S.{0,20}|(?:深入)?学习(?:宣传)?贯彻\\S{2,30}精神)$");

    private ColumnRule() {}

    public static boolean isBanner(String line) {
        return BANNER.matcher(line.strip()).matches();
    }
}
