package news.broadsheet.render;

import news.broadsheet.text.BidiControls;

/**
 * Text made fit for an XML 1.0 document. XML escaping handles {@code < & "}, but some characters
 * cannot appear in XML at all, escaped or not: the C0 controls other than tab, line feed and
 * carriage return, lone UTF-16 surrogates, and U+FFFE/U+FFFF (the {@code Char} production of
 * XML 1.0, section 2.2). A feed or sitemap holding one is not well-formed and readers reject the
 * whole document, so they are dropped on the way in, whatever path the text came by. Its bidi
 * controls are closed within it ({@link BidiControls#balanced}), as on the pages.
 */
final class XmlText {
    private XmlText() {}

    /** {@code text} without the characters XML 1.0 forbids; the same string when it has none; null stays null. */
    static String clean(String text) {
        if (text == null || allowedThroughout(text)) {
            return BidiControls.balanced(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return BidiControls.balanced(out.toString());
    }

    private static boolean allowedThroughout(String text) {
        return text.codePoints().allMatch(XmlText::allowed);
    }

    /** XML 1.0 {@code Char}: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
