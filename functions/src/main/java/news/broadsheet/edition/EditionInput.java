package news.broadsheet.edition;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What an editor sends to lay out an edition; server-owned fields are accepted and ignored.
 * {@code publishAt}, ISO 8601 with an offset ({@code 2026-11-30T06:00:00+08:00}), schedules its
 * publication; leaving it out of a replace cancels the schedule.
 */
@JsonIgnoreProperties(value = {"date", "version", "createdAt", "updatedAt", "publishedAt", "onSite"})
public record EditionInput(Integer number, List<EditionPage> pages, String publishAt) {}
