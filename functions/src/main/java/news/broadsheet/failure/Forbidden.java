package news.broadsheet.failure;

public non-sealed class Forbidden extends DomainException {
    public Forbidden(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
