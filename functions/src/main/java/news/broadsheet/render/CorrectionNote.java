package news.broadsheet.render;

/** An entry of an article's corrections log as its page shows it: 更正, 说明 or 撤稿, the time in the paper's zone, the note. */
public record CorrectionNote(String typeLabel, String time, String datetime, String note) {}
