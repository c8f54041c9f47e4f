package news.broadsheet.render;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import news.broadsheet.text.BidiControls;

/**
 * jte's escaping output, with every user text's bidi controls closed within that text
 * ({@link BidiControls#balanced}) before it is escaped: the one place all text reaches a page, so a
 * headline, name or caption stored with an open override cannot turn the page title's
 * " · 报名" or the next item of a list backwards, whenever and however it was stored.
 */
final class IsolatingOutput extends OwaspHtmlTemplateOutput {
    IsolatingOutput(TemplateOutput output) {
        super(output);
    }

    @Override
    public void writeUserContent(String value) {
        super.writeUserContent(BidiControls.balanced(value));
    }
}
