package news.broadsheet.edition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What an editor sends to lay out an edition; server-owned fields are accepted and ignored. */
@JsonIgnoreProperties(value = {"date", "version", "createdAt", "updatedAt", "publishedAt"})
public record EditionInput(Integer number, List<EditionPage> pages) {}
