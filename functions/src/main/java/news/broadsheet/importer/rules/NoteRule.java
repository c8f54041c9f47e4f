package news.broadsheet.importer.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Continuation notes stand alone in brackets: {@code (上接第1版)}, {@code （下转第3版）}. */
public final class NoteRule {
    private static final Pattern NOTE = Pattern.compile("^[(（](?:上接|下转|接上页|转下页)第?[0-9一二三四五六七八九十]{0,3}版?[)）]$");

    private static final Pattern PAGE = Pattern.compile("第([0-9]{1,3}|[一二三四五六七八九十]{1,3})版");
    private static final String NUMERALS = "一二三四五六七八九";

    private NoteRule() {}

    /**
     * The page a note points to: {@code (上接第1版)} → 1, {@code （下转第十二版）} → 12; empty for
     * {@code (接上页)}, which names none.
     */
    public static Optional<Integer> page(String note) {
        Matcher m = PAGE.matcher(note);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1);
        if (Character.isDigit(n.charAt(0))) {
            return Optional.of(Integer.parseInt(n));
        }
        // 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23
        int ten = n.indexOf('十');
        if (ten < 0) {
            return n.length() == 1 ? Optional.of(NUMERALS.indexOf(n.charAt(0)) + 1) : Optional.empty();
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(n.charAt(0)) + 1;
        int units = ten == n.length() - 1 ? 0 : NUMERALS.indexOf(n.charAt(ten + 1)) + 1;
        return Optional.of(tens * 10 + units);
    }

    public static boolean isNote(String paragraph) {
        return NOTE.matcher(paragraph.trim()).matches();
    }

    /** Whether the note opens a story continued from another page (上接) rather than sending it on (下转). */
    public static boolean continuesFromElsewhere(String note) {
        return note.contains("上接") || note.contains("接上页");
    }
}
