package news.broadsheet.failure;

public final class Conflict extends DomainException {
    public Conflict(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
