package news.broadsheet.importer.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a headline group (the heading lines above a story) into 栏目, 引题, 主题 and 副题 from
 * evidence, with a confidence and, when unsure, the other reading for the report.
 *
 * <p>Two lines are 主题 + 副题 or 引题 + 主题. Evidence for 主题 + 副题: the second line is dash-led
 * ({@code ——写在…}); it adds facts and numbers the first lacks ({@code 地铁三号线全线贯通} /
 * {@code 沿线设站18座 日均可运送乘客40万人次}); the first is a slogan of parallel short phrases and the
 * second a sentence naming the actor ({@code 保供暖 稳物价 护民生} / {@code 市发改委部署冬季民生保障工作});
 * the second is clearly longer (or, with nothing else to go on, somewhat longer: the 主题 is the
 * shortest line of a group). Evidence for 引题 + 主题: the first line ends with a colon, or is
 * clearly longer. With no evidence either way the group is read 引题 + 主题 at confidence 0.5.
 *
 * <p>One line can hold 引题 and 主题: a long clause, a space, then two or more short parallel phrases
 * ({@code 社区服务站点亮冬夜 暖心驿站 温暖归途}). A line above such a complete group is the series
 * banner, 栏目 ({@code 抓实基层治理 建设幸福家园}), not an 引题.
 */
public final class HeadGroupRule {
    /** Where a heading line (or part of one) goes. */
    public enum Role { COLUMN, KICKER, HEADLINE, SUBHEADLINE }

    /** One heading line, or the part of one, and its role. */
    public record Part(Role role, String text) {}

    /** The reading, how sure it is (0.5 = a coin toss, 1 = certain), why, and the other reading when unsure (else null). */
    public record Reading(List<Part> parts, double confidence, List<String> evidence, String alternative) {
        public boolean unsure() {
            return alternative != null;
        }
    }

    private static final Pattern DASH = Pattern.compile("^(——|--|—)");
    private static final Pattern COLON_END = Pattern.compile("[：:]$");
    private static final Pattern FACTS = Pattern.compile("[0-9０-９]|[一二三四五六七八九十百千两]+(?:万|亿|个|座|项|家|名|所|条|人次|公里|平方米)");
    private static final Pattern ACTOR = Pattern.compile(
            "^\\p{IsHan}{0,8}?(?:局|委|办|厅|部|院|署|政府|中心|公司|集团|街道|社区|学校|大学|医院|协会|法院|检察院)");
    private static final int CLEARLY_LONGER = 4;
    private static final int SOMEWHAT_LONGER = 2;

    private HeadGroupRule() {}

    public static Reading read(List<String> lines) {
        return switch (lines.size()) {
            case 0 -> new Reading(List.of(), 1, List.of(), null);
            case 1 -> one(lines.get(0));
            case 2 -> two(lines.get(0), lines.get(1));
            default -> three(lines);
        };
    }

    private static Reading one(String line) {
        String[] split = kickerAndHeadline(line);
        if (split != null) {
            return new Reading(List.of(new Part(Role.KICKER, split[0]), new Part(Role.HEADLINE, split[1])), 0.75,
                    List.of("a long clause, then short parallel phrases after a space: 引题 and 主题 on one line"),
                    "one 主题: " + line);
        }
        return new Reading(List.of(new Part(Role.HEADLINE, line)), 1, List.of("one heading line"), null);
    }

    private static Reading two(String first, String second) {
        String[] split = kickerAndHeadline(second);
        if (split != null) {
            return new Reading(List.of(new Part(Role.COLUMN, first), new Part(Role.KICKER, split[0]), new Part(Role.HEADLINE, split[1])),
                    0.75, List.of("the second line holds 引题 and 主题, so the line above is the series banner (栏目)"),
                    "引题 " + first + " + 主题 " + second);
        }
        if (DASH.matcher(second.strip()).find()) {
            return new Reading(List.of(new Part(Role.HEADLINE, first), new Part(Role.SUBHEADLINE, second)), 0.95,
                    List.of("the second line is dash-led"), null);
        }
        List<String> evidence = new ArrayList<>();
        int score = 0;
        if (COLON_END.matcher(first.strip()).find()) {
            score -= 2;
            evidence.add("the first line ends with a colon, as an 引题 does");
        }
        if (isParallel(first)) {
            score += 1;
            evidence.add("the first line is a slogan of parallel short phrases");
        }
        if (ACTOR.matcher(second.strip()).find() && !ACTOR.matcher(first.strip()).find()) {
            score += 1;
            evidence.add("the second line names the actor");
        }
        if (FACTS.matcher(second).find() && !FACTS.matcher(first).find()) {
            score += 1;
            evidence.add("the second line adds numbers and facts");
        }
        int difference = Text.length(compact(second)) - Text.length(compact(first));
        int lengthWeight = Math.abs(difference) >= 2 * CLEARLY_LONGER ? 2 : Math.abs(difference) >= CLEARLY_LONGER ? 1 : 0;
        if (lengthWeight > 0) {
            score += Integer.signum(difference) * lengthWeight;
            evidence.add((difference > 0 ? "the second" : "the first") + " line is " + (lengthWeight == 2 ? "much" : "clearly") + " longer");
        } else if (difference >= SOMEWHAT_LONGER && score == 0) {
            // The 主题 is the group's shortest line: a first line shorter than the second, with nothing
            // else to go on, leans 主题 + 副题 (and the report offers the other reading).
            score += 1;
            evidence.add("the second line is somewhat longer");
        }
        List<Part> mainAndSub = List.of(new Part(Role.HEADLINE, first), new Part(Role.SUBHEADLINE, second));
        List<Part> kickerAndMain = List.of(new Part(Role.KICKER, first), new Part(Role.HEADLINE, second));
        double confidence = Math.min(0.95, 0.5 + 0.15 * Math.abs(score));
        if (evidence.isEmpty()) {
            evidence.add("no evidence either way; 引题 + 主题 is the more common reading");
        }
        if (score > 0) {
            return new Reading(mainAndSub, confidence, evidence, score < 2 ? "引题 " + first + " + 主题 " + second : null);
        }
        return new Reading(kickerAndMain, confidence, evidence, score > -2 ? "主题 " + first + " + 副题 " + second : null);
    }

    private static Reading three(List<String> lines) {
        int n = lines.size();
        return new Reading(List.of(new Part(Role.KICKER, lines.get(n - 3)), new Part(Role.HEADLINE, lines.get(n - 2)),
                new Part(Role.SUBHEADLINE, lines.get(n - 1))), 0.9, List.of("three heading lines: 引题, 主题, 副题"), null);
    }

    /** 引题 and 主题 printed on one line, or null: a clause of 8+ characters, then 2+ parallel phrases of 2-8. */
    static String[] kickerAndHeadline(String line) {
        String[] words = Text.words(line);
        if (words.length < 3 || Text.length(words[0]) < 8) {
            return null;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 1; i < words.length; i++) {
            int length = Text.length(words[i]);
            min = Math.min(min, length);
            max = Math.max(max, length);
        }
        if (min < 2 || max > 8 || max - min > 2 || max >= Text.length(words[0])) {
            return null;
        }
        String text = line.strip();
        int cut = text.indexOf(words[1], words[0].length());
        return new String[] {text.substring(0, cut).strip(), text.substring(cut)};
    }

    /** Two or more short phrases (2-6 characters) side by side: {@code 稳就业 兜底线 聚人才}. */
    static boolean isParallel(String line) {
        String[] words = Text.words(line);
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (Text.length(w) < 2 || Text.length(w) > 6) {
                return false;
            }
        }
        return true;
    }

    private static String compact(String s) {
        return s.replaceAll(Text.SPACES, "");
    }
}
