package news.broadsheet.importer.rules;

import java.util.regex.Pattern;

/** Continuation notes stand alone in brackets: {@code (上接第1版)}, {@code （下转第3版）}. */
public final class NoteRule {
    private static final Pattern NOTE = Pattern.compile("^[(（](?:上接|下转|接上页|转下页)第?[0-9一二三四五六七八九十]{0,3}版?[)）]$");

    private NoteRule() {}

    public static boolean isNote(String paragraph) {
        return NOTE.matcher(paragraph.trim()).matches();
    }

    /** Whether the note opens a story continued from another page (上接) rather than sending it on (下转). */
    public static boolean continuesFromElsewhere(String note) {
        return note.contains("上接") || note.contains("接上页");
    }
}
