package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes synthetic print-export pages from its own small vocabulary, in every form the importer
 * knows: headline groups read both ways (引题 + 主题 and 主题 + 副题, dash-led 副题, 引题 and 主题 on one
 * line), banners (with ASCII or ideographic spaces), bylines in all their places (own line, glued,
 * bracketed without a role, inside the dateline in both bracket widths or as 记者…报道), datelines,
 * intertitles, every photo-credit form, continuation notes both ways (上接/下转), notices and column
 * breaks. In noisy mode it adds a byte-order mark, stray lines, odd blank lines, CRLF, and paragraphs
 * marked only by an indent on consecutive lines. A page can also be written one paragraph per line. {@link #articles} is how many stories a clean page
 * holds and {@link #headlines} the headline each should get (null where the importer titles it).
 */
final class PageGenerator {
    private static final String[] WORDS = {"城市", "社区", "居民", "服务", "公园", "地铁", "学校", "医院", "农场", "图书馆",
            "志愿者", "菜市场", "老街", "河道", "新区", "工厂", "剧场", "博物馆", "夜市", "广场"};
    private static final String[] VERBS = {"建成", "开放", "升级", "启动", "完成", "迎来", "推出", "举办", "改造", "扩建"};
    private static final String[] NAMES = {"林小雨", "周明", "陈晓东", "赵一帆", "孙丽", "吴浩", "郑海燕", "王晨"};
    private static final String[] NOISE = {"★", "…", "Page 3", "##", "🙂 💡", "(续)", "A1-B2", "—"};
    private static final String[] CREDITS = {"%s 摄", "本报记者 %s 摄影报道", "%s/摄", "(%s 摄)", "新华社记者 %s 摄", "%s\u3000摄"};
    private static final String INDENT = "\u3000\u3000";
    /** Marks (in the generator only) the second half of a paragraph cut by a column break. */
    private static final String CUT = "\u0001";

    final int articles;
    final List<String> headlines;
    final String text;

    private PageGenerator(int articles, List<String> headlines, String text) {
        this.articles = articles;
        this.headlines = headlines;
        this.text = text;
    }

    static PageGenerator page(long seed, boolean noisy) {
        return page(seed, noisy, false);
    }

    /**
     * @param linePerParagraph write every paragraph and heading on a line of its own with no blank line
     *     between (archive dumps do); a paragraph cut by a column break still continues on the next line
     */
    static PageGenerator page(long seed, boolean noisy, boolean linePerParagraph) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        int count = 1 + r.nextInt(6);
        for (int i = 0; i < count; i++) {
            headlines.add(article(r, lines, noisy));
        }
        String separator = noisy && r.nextBoolean() ? "\r\n" : "\n";
        boolean indentLayout = noisy && r.nextInt(3) == 0;
        StringBuilder out = new StringBuilder(noisy && r.nextInt(4) == 0 ? "\uFEFF" : "");
        boolean inBody = false;
        if (linePerParagraph) {
            for (String line : lines) {
                out.append(line.startsWith(INDENT) ? line.substring(INDENT.length()) : line.replace(CUT, "")).append(separator);
            }
            return new PageGenerator(count, headlines, out.toString());
        }
        for (String line : lines) {
            if (indentLayout && (line.startsWith(INDENT) || line.startsWith(CUT))) {
                // Indent layout: paragraphs follow each other line by line, a cut paragraph wraps unindented.
                out.append(line.replace(CUT, "")).append(separator);
                inBody = true;
                continue;
            }
            if (inBody) {
                out.append(separator);
                inBody = false;
            }
            String shown = (line.startsWith(INDENT) ? line.substring(INDENT.length()) : line).replace(CUT, "");
            out.append(noisy && r.nextInt(10) == 0 ? "  " : "").append(shown).append(separator);
            out.append(separator.repeat(1 + (noisy ? r.nextInt(3) : 0)));
        }
        return new PageGenerator(count, headlines, out.toString());
    }

    /** Adds one story's lines; paragraphs start with an indent (which the page may drop). Returns the expected headline. */
    private static String article(Random r, List<String> lines, boolean noisy) {
        boolean bannered = r.nextInt(5) == 0;
        if (bannered) {
            lines.add(r.nextBoolean() ? "聚焦" + (r.nextBoolean() ? " " : "\u3000") + word(r) + word(r) : "深入学习宣传贯彻" + word(r) + "会议精神");
        }
        boolean continued = r.nextInt(6) == 0;
        boolean notice = !continued && r.nextInt(8) == 0;
        String headline = null;
        if (continued) {
            lines.add("(上接第" + (1 + r.nextInt(8)) + "版)");
        } else if (notice) {
            headline = word(r) + "启事";
            lines.add(headline);
        } else {
            headline = headGroup(r, lines, !bannered);
            if (r.nextInt(4) == 0) {
                lines.add("本报评论员");
            }
        }
        int paragraphs = 1 + r.nextInt(5);
        boolean jumps = !continued && !notice && r.nextInt(6) == 0;
        for (int p = 0; p < paragraphs; p++) {
            String paragraph = (p == 0 && !continued ? dateline(r) : "") + sentences(r);
            if (p > 0 && r.nextInt(4) == 0) {
                lines.add(word(r) + verb(r));
            }
            if (r.nextInt(4) == 0 && paragraph.length() > 20) {
                int cut = 8 + r.nextInt(paragraph.length() - 12);
                lines.add(INDENT + paragraph.substring(0, cut));
                lines.add(CUT + paragraph.substring(cut));
            } else {
                lines.add(INDENT + paragraph);
            }
            if (noisy && r.nextInt(12) == 0) {
                lines.add(NOISE[r.nextInt(NOISE.length)]);
            }
            if (p < paragraphs - 1 && r.nextInt(5) == 0) {
                lines.add("图为" + word(r) + "的" + word(r) + "。" + String.format(CREDITS[r.nextInt(CREDITS.length)], name(r)));
            }
        }
        if (jumps) {
            lines.add("(下转第" + (2 + r.nextInt(7)) + "版)");
            return headline;
        }
        String name = name(r);
        switch (r.nextInt(3)) {
            case 0 -> lines.add("记者" + space(r) + name + (r.nextBoolean() ? " 通讯员 " + name(r) : ""));
            case 1 -> lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "(" + name + ")");
            default -> lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " 记者 " + name);
        }
        return headline;
    }

    /** A headline group read one of five ways; returns its 主题. */
    private static String headGroup(Random r, List<String> lines, boolean seriesBannerAllowed) {
        switch (r.nextInt(5)) {
            case 0 -> {
                String headline = word(r) + word(r) + verb(r) + word(r) + "新篇章";
                lines.add(headline);
                return headline;
            }
            case 1 -> {
                // a long scene-setting 引题 over a short 主题
                lines.add("从" + word(r) + "到" + word(r) + word(r) + word(r) + verb(r) + "的" + word(r) + "故事");
                String headline = word(r) + verb(r);
                lines.add(headline);
                return headline;
            }
            case 2 -> {
                // a short 主题 and a longer 副题 with numbers
                String headline = word(r) + verb(r);
                lines.add(headline);
                lines.add("全市新增" + word(r) + (10 + r.nextInt(90)) + "个 服务" + word(r) + "居民" + (2 + r.nextInt(8)) + "万人次");
                return headline;
            }
            case 3 -> {
                String headline = word(r) + word(r) + verb(r) + word(r) + "新篇章";
                if (r.nextBoolean()) {
                    lines.add(word(r) + verb(r) + word(r) + "：");
                }
                lines.add(headline);
                lines.add("——" + word(r) + verb(r) + "纪实");
                return headline;
            }
            default -> {
                // 引题 and 主题 on one line, sometimes under a series banner
                if (seriesBannerAllowed && r.nextBoolean()) {
                    lines.add(verb(r) + word(r) + " " + verb(r) + word(r) + "幸福家园");
                }
                String headline = verb(r) + "新" + word(r).substring(0, 2) + space(r) + verb(r) + "新" + word(r).substring(0, 2);
                lines.add(word(r) + word(r) + word(r) + verb(r) + "暖人心" + space(r) + headline);
                return headline;
            }
        }
    }

    private static String dateline(Random r) {
        String name = name(r);
        return switch (r.nextInt(6)) {
            case 0, 1 -> "";
            case 2 -> "本报讯 ";
            case 3 -> "本报讯(记者 " + name + ")";
            case 4 -> "本报讯（记者\u3000" + name + "\u3000通讯员\u3000" + name(r) + "）";
            default -> "本报讯 记者 " + name + "报道 ";
        };
    }

    private static String space(Random r) {
        return r.nextBoolean() ? " " : "\u3000";
    }

    private static String sentences(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            s.append(word(r)).append(verb(r)).append(word(r)).append("，").append(word(r)).append(word(r))
                    .append(r.nextInt(5) == 0 ? "“" + word(r) + "”" : "").append(verb(r)).append(r.nextInt(3) + 2).append("项。");
        }
        return s.toString();
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String verb(Random r) {
        return VERBS[r.nextInt(VERBS.length)];
    }

    private static String name(Random r) {
        return NAMES[r.nextInt(NAMES.length)];
    }
}
