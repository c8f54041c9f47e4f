package news.broadsheet.failure;

import java.util.List;
import java.util.Set;

public non-sealed class MethodNotAllowed extends DomainException {
    private final List<String> allowed;

    public MethodNotAllowed(String method, String path, Set<String> allowed) {
        super(method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
        this.allowed = allowed.stream().sorted().toList();
    }

    public List<String> allowed() {
        return allowed;
    }

    @Override
    public String title() {
        return "Method not allowed";
    }
}
