package news.broadsheet.importer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.Byline;
import news.broadsheet.importer.ImportResult;
import news.broadsheet.importer.Piece;
import news.broadsheet.importer.rules.PunctuationRule;

/**
 * How well one import read one corpus page. Characters are compared without white space, the corpus's
 * after the punctuation rule every import applies ({@link #asImported}). A draft
 * <em>matches</em> a true story when the draft holds more than half of the story's characters and
 * more than half of the draft's characters come from that story (so a match is one-to-one, and a
 * draft that swallowed two stories matches neither). Head fields, dateline and byline are scored on
 * matched stories only, as exact text after removing white space; a dateline or byline is scored
 * only where the story's first paragraph carries one ({@link #DATELINE}).
 */
record PageScore(String name, int stories, int drafts, int matched, int kickerRight, int headlineRight, int subheadlineRight,
                 int datelines, int datelineRight, int bylines, int bylineRight, long chars, long missing, int unsure, int wrongUnsure) {

    /** A dateline as the paper prints it, and the bracketed byline right after it. */
    static final Pattern DATELINE = Pattern.compile(
            "^((?:据)?(?:本报|新华社|中新社|人民日报)[^，。、（(\\s]{0,16}?电|本报讯)[\\s\\u00a0\\u3000]*(?:[（(]([^（()）]{2,40})[）)])?");

    static PageScore score(CorpusPage page, ImportResult result) {
        // Which story each (non-space) character of the page belongs to.
        StringBuilder text = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int s = 0; s < page.stories().size(); s++) {
            for (char c : asImported(String.join("\n", page.stories().get(s).rawLines())).toCharArray()) {
                if (!space(c)) {
                    text.append(c);
                    owner.add(s);
                }
            }
        }
        int n = text.length();
        int[] draftOf = new int[n];
        java.util.Arrays.fill(draftOf, -1);
        int cursor = 0;
        for (Piece p : result.pieces()) {
            String t = compact(p.text());
            if (t.isEmpty()) {
                continue;
            }
            int at = text.indexOf(t, cursor);
            if (at < 0) {
                at = text.indexOf(t);
            }
            if (at < 0) {
                continue;
            }
            if (p.article() >= 0 && p.field() != Piece.Field.UNASSIGNED) {
                for (int i = at; i < at + t.length(); i++) {
                    if (draftOf[i] < 0) {
                        draftOf[i] = p.article();
                    }
                }
            }
            cursor = at + t.length();
        }
        int stories = page.stories().size();
        int drafts = result.articles().size();
        long[][] overlap = new long[stories][Math.max(drafts, 1)];
        long[] storyChars = new long[stories];
        long[] draftChars = new long[Math.max(drafts, 1)];
        long missing = 0;
        for (int i = 0; i < n; i++) {
            storyChars[owner.get(i)]++;
            if (draftOf[i] < 0 || draftOf[i] >= drafts) {
                missing++;
            } else {
                overlap[owner.get(i)][draftOf[i]]++;
                draftChars[draftOf[i]]++;
            }
        }
        boolean[] draftMatched = new boolean[Math.max(drafts, 1)];
        int matched = 0, kicker = 0, headline = 0, sub = 0, datelines = 0, datelineRight = 0, bylines = 0, bylineRight = 0;
        for (int s = 0; s < stories; s++) {
            for (int d = 0; d < drafts; d++) {
                if (overlap[s][d] * 2 > storyChars[s] && overlap[s][d] * 2 > draftChars[d]) {
                    matched++;
                    draftMatched[d] = true;
                    CorpusPage.Story story = page.stories().get(s);
                    ArticleInput a = result.articles().get(d).article();
                    kicker += same(story.kicker(), a.kicker()) ? 1 : 0;
                    headline += same(story.headline(), a.headline()) ? 1 : 0;
                    sub += same(story.subheadline(), a.subheadline()) ? 1 : 0;
                    Matcher m = story.paragraphs().isEmpty() ? null : DATELINE.matcher(story.paragraphs().get(0));
                    if (m != null && m.find()) {
                        datelines++;
                        datelineRight += same(m.group(1), a.dateline()) ? 1 : 0;
                        if (m.group(2) != null) {
                            bylines++;
                            bylineRight += sameByline(m.group(2), a.byline()) ? 1 : 0;
                        }
                    }
                }
            }
        }
        int unsure = (int) result.articles().stream().filter(a -> !a.unsure().isEmpty()).count();
        // A draft that is no story (or swallowed one) with a doubt of its own, or beside one that has a doubt
        // its split or merge shows in (the neighbour holds the line that should have opened or closed it).
        int wrongUnsure = 0;
        for (int d = 0; d < drafts; d++) {
            if (!draftMatched[d] && (doubted(result, d) || doubted(result, d - 1) || doubted(result, d + 1))) {
                wrongUnsure++;
            }
        }
        return new PageScore(page.name(), stories, drafts, matched, kicker, headline, sub, datelines, datelineRight, bylines, bylineRight,
                n, missing, unsure, wrongUnsure);
    }

    private static boolean doubted(ImportResult result, int d) {
        return d >= 0 && d < result.articles().size() && !result.articles().get(d).unsure().isEmpty();
    }

    /**
     * A byline is right when its roles and names, in order, spell the bracket's text (separators and
     * spaces aside). A role shared by the next names is printed once ({@code 记者王晨、林小雨} is two
     * reporters), so a role equal to the one before is not spelled again.
     */
    static boolean sameByline(String printed, List<Byline> found) {
        StringBuilder got = new StringBuilder();
        String role = null;
        for (Byline b : found) {
            if (b.role() != null && !b.role().equals(role)) {
                got.append(b.role());
            }
            role = b.role();
            got.append(Objects.toString(b.name(), ""));
        }
        return bylineText(printed).equals(bylineText(got.toString()));
    }

    private static String bylineText(String s) {
        return compact(s).replaceAll("[、，,]", "");
    }

    static boolean same(String truth, String found) {
        return compact(asImported(Objects.toString(truth, ""))).equals(compact(Objects.toString(found, "")));
    }

    /** The corpus text as every import reads it ({@link PunctuationRule#betweenChinese}), so a full-width mark the import made is no miss. */
    static String asImported(String text) {
        return PunctuationRule.betweenChinese(text).text();
    }

    static String compact(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (!space(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
