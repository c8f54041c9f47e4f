package news.broadsheet.failure;

public non-sealed class TooLarge extends DomainException {
    public TooLarge(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
