package news.broadsheet.failure;

import java.util.List;

/** The request cannot be read as sent: malformed JSON, a wrong type, text that is not text; {@link #errors()} names the fields. */
public non-sealed class BadRequest extends DomainException {
    private final List<Invalid.FieldError> errors;

    public BadRequest(String detail) {
        this(detail, List.of());
    }

    public BadRequest(String detail, List<Invalid.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Invalid.FieldError> errors() {
        return errors;
    }

    @Override
    public String title() {
        return "Bad request";
    }
}
