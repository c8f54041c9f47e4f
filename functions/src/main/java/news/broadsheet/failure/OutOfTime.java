package news.broadsheet.failure;

/** A request that could not finish within its deadline ({@code news.broadsheet.http.RequestDeadline}): 503. */
public non-sealed class OutOfTime extends DomainException {
    public OutOfTime(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Out of time";
    }
}
