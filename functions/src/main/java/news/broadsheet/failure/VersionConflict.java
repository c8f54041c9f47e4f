package news.broadsheet.failure;

public non-sealed class VersionConflict extends DomainException {
    public VersionConflict(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Version conflict";
    }
}
