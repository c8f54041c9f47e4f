package news.broadsheet.media.processing;

import news.broadsheet.media.Rejection;

/** Processing refused the file: the reason as a type, and a sentence for the newsroom. */
public final class Rejected extends RuntimeException {
    private final Rejection reason;

    public Rejected(Rejection reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Rejection reason() {
        return reason;
    }
}
