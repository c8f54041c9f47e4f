package news.broadsheet.failure;

public final class BadRequest extends DomainException {
    public BadRequest(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Bad request";
    }
}
