package news.broadsheet.failure;

import java.util.Set;

public final class MethodNotAllowed extends DomainException {
    private final Set<String> allowed;

    public MethodNotAllowed(String method, String path, Set<String> allowed) {
        super(method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed));
        this.allowed = Set.copyOf(allowed);
    }

    public Set<String> allowed() {
        return allowed;
    }

    @Override
    public String title() {
        return "Method not allowed";
    }
}
