package news.broadsheet.failure;

public non-sealed class UnsupportedMediaType extends DomainException {
    public UnsupportedMediaType(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Unsupported media type";
    }
}
