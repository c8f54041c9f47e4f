package news.broadsheet.failure;

public final class NotFound extends DomainException {
    public NotFound(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
