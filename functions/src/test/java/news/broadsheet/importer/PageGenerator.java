package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes synthetic print-export pages from its own small vocabulary: headline groups, banners,
 * bylines in all three places, datelines, intertitles, captions, continuation notes, notices, column
 * breaks, and (in noisy mode) stray lines, odd blank lines and CRLF. {@link #articles} is how many
 * stories a clean page holds.
 */
final class PageGenerator {
    private static final String[] WORDS = {"城市", "社区", "居民", "服务", "公园", "地铁", "学校", "医院", "农场", "图书馆",
            "志愿者", "菜市场", "老街", "河道", "新区", "工厂", "剧场", "博物馆", "夜市", "广场"};
    private static final String[] VERBS = {"建成", "开放", "升级", "启动", "完成", "迎来", "推出", "举办", "改造", "扩建"};
    private static final String[] NAMES = {"林小雨", "周明", "陈晓东", "赵一帆", "孙丽", "吴浩", "郑海燕", "王晨"};
    private static final String[] NOISE = {"★", "…", "Page 3", "##", "🙂 💡", "(续)", "A1-B2", "—"};

    final int articles;
    final String text;

    private PageGenerator(int articles, String text) {
        this.articles = articles;
        this.text = text;
    }

    static PageGenerator page(long seed, boolean noisy) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        int count = 1 + r.nextInt(6);
        for (int i = 0; i < count; i++) {
            article(r, lines, noisy);
        }
        String separator = noisy && r.nextBoolean() ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(noisy && r.nextInt(10) == 0 ? "  " : "").append(line).append(separator);
            out.append(separator.repeat(1 + (noisy ? r.nextInt(3) : 0)));
        }
        return new PageGenerator(count, out.toString());
    }

    private static void article(Random r, List<String> lines, boolean noisy) {
        if (r.nextInt(5) == 0) {
            lines.add(r.nextBoolean() ? "聚焦 " + word(r) + word(r) : "深入学习宣传贯彻" + word(r) + "会议精神");
        }
        boolean continued = r.nextInt(6) == 0;
        boolean notice = !continued && r.nextInt(8) == 0;
        if (continued) {
            lines.add("(上接第" + (1 + r.nextInt(8)) + "版)");
        } else if (notice) {
            lines.add(word(r) + "启事");
        } else {
            int heads = 2 + r.nextInt(2);
            if (heads == 3 || r.nextBoolean()) {
                lines.add(word(r) + verb(r) + word(r));
            }
            lines.add(word(r) + word(r) + verb(r) + word(r) + "新篇章");
            if (heads == 3) {
                lines.add("——" + word(r) + verb(r) + "纪实");
            }
            if (r.nextInt(4) == 0) {
                lines.add("本报评论员");
            }
        }
        int paragraphs = 1 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            String paragraph = (p == 0 && !continued && r.nextBoolean() ? "本报讯 " : "") + sentences(r);
            if (p > 0 && r.nextInt(4) == 0) {
                lines.add(word(r) + verb(r));
            }
            if (r.nextInt(4) == 0 && paragraph.length() > 20) {
                int cut = 8 + r.nextInt(paragraph.length() - 12);
                lines.add(paragraph.substring(0, cut));
                lines.add(paragraph.substring(cut));
            } else {
                lines.add(paragraph);
            }
            if (noisy && r.nextInt(12) == 0) {
                lines.add(NOISE[r.nextInt(NOISE.length)]);
            }
            if (p < paragraphs - 1 && r.nextInt(5) == 0) {
                lines.add("图为" + word(r) + "的" + word(r) + "。" + name(r) + " 摄");
            }
        }
        String name = name(r);
        switch (r.nextInt(3)) {
            case 0 -> lines.add("记者 " + name + (r.nextBoolean() ? " 通讯员 " + name(r) : ""));
            case 1 -> lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "(" + name + ")");
            default -> lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " 记者 " + name);
        }
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
