package news.broadsheet.failure;

public final class VersionConflict extends DomainException {
    public VersionConflict(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Version conflict";
    }
}
