package news.broadsheet.epaper.processing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * PDFBox's content-stream work made to stop when its thread is interrupted. PDFBox never looks at the
 * interrupt flag, so a page abandoned at the media function's budget would otherwise run on: on Lambda
 * an invocation's threads are frozen when it returns and thawed by the next invocation, whose CPU and
 * budget the leftover work would then take. Every content-stream operator is a point to stop at.
 *
 * <p>Throws {@link InterruptedIOException} out of the PDFBox call that was interrupted.
 */
final class Interruptible {
    private Interruptible() {}

    /** Called before each content-stream operator. */
    static void check() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("stopped: the page's processing was abandoned");
        }
    }

    /** A renderer whose page drawing stops at the next operator once its thread is interrupted. */
    static PDFRenderer renderer(PDDocument doc) {
        return new PDFRenderer(doc) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new PageDrawer(parameters) {
                    @Override
                    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                        check();
                        super.processOperator(operator, operands);
                    }
                };
            }
        };
    }
}
