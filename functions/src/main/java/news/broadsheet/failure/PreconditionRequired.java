package news.broadsheet.failure;

public non-sealed class PreconditionRequired extends DomainException {
    public PreconditionRequired(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Precondition required";
    }
}
