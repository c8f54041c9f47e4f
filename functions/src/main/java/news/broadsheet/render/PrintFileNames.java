package news.broadsheet.render;

/**
 * The names a reader saves an edition's PDFs under, instead of their hashed keys: the paper, the day as
 * the paper writes it ({@link Labels#day}) and, for a 版面, its number, e.g. {@code 城南日报 2026年3月12日 第1版.pdf}
 * and {@code 城南日报 2026年3月12日.pdf} for the whole edition. One place for both the reader page's
 * {@code download} links and the files' Content-Disposition, which a browser prefers to the link's name.
 */
public final class PrintFileNames {
    private PrintFileNames() {}

    /** A 版面's PDF; {@code paperName} null or blank leaves the paper out. */
    public static String page(String paperName, String day, int page) {
        return prefix(paperName) + day + " 第" + page + "版.pdf";
    }

    /** The whole edition's PDF; {@code paperName} null or blank leaves the paper out. */
    public static String edition(String paperName, String day) {
        return prefix(paperName) + day + ".pdf";
    }

    private static String prefix(String paperName) {
        return paperName == null || paperName.isBlank() ? "" : paperName + " ";
    }
}
