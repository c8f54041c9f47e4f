package news.broadsheet.failure;

public non-sealed class NotFound extends DomainException {
    public NotFound(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
