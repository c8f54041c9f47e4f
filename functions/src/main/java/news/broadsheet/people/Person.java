package news.broadsheet.people;

/**
 * One person of the newsroom: {@code id} is the subject their sign-in carries (Cognito's {@code sub}, or
 * the local token's name), which is what articles record as {@code createdBy} and {@code updatedBy};
 * {@code role} is {@code editor} or {@code reporter} (the Cognito group). {@code email} may be null for
 * the local stand-ins.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Person(String id, String name, String email, String role) {}
