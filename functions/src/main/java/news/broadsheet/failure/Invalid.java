package news.broadsheet.failure;

import java.util.List;

/** The request was well-formed but some fields break the documented rules; each broken rule is one {@link FieldError}. */
public non-sealed class Invalid extends DomainException {
    private final List<FieldError> errors;

    public Invalid(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String title() {
        return "Validation failed";
    }

    /** A pointer into the request body (a JSON Pointer-like path) and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
