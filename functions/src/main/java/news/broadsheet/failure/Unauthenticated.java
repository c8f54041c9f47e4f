package news.broadsheet.failure;

public non-sealed class Unauthenticated extends DomainException {
    public Unauthenticated(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Unauthenticated";
    }
}
