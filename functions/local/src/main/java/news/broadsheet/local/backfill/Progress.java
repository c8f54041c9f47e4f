package news.broadsheet.local.backfill;

import java.io.PrintStream;

/**
 * The backfill's progress on stderr: a bar redrawn in place on a terminal, a plain line per edition
 * otherwise (a log file or CI gets no carriage returns).
 */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final int total;

    public Progress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /** After each edition: how many files are done, and what just happened. */
    public void step(int filesDone, String what) {
        if (terminal) {
            out.print("\r" + bar(filesDone, total) + " " + what + "\u001b[K");
        } else {
            out.println(String.format("[%d/%d files] %s", filesDone, total, what));
        }
        out.flush();
    }

    public void done() {
        if (terminal) {
            out.println();
        }
    }

    /** {@code [#########.....] 12/60}: the bar's fill is the share of files done. */
    static String bar(int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }
}
