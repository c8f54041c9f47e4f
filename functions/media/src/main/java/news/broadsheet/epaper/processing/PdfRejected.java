package news.broadsheet.epaper.processing;

import news.broadsheet.epaper.PdfRejection;

/** A 版面 PDF was refused: the reason as a type, and a sentence for the desk. */
public final class PdfRejected extends RuntimeException {
    private final PdfRejection reason;

    public PdfRejected(PdfRejection reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public PdfRejection reason() {
        return reason;
    }
}
