package news.broadsheet.epaper;

import java.util.List;
import java.util.Optional;

/**
 * Where 版面 PDF records live (DynamoDB: {@code PRINT#date} with {@code PAGE#nnn} and {@code EDITION}).
 * Every write is conditional on the version read, so two writers never lose each other's change.
 */
public interface PrintPageStore {
    Optional<PrintPage> find(String date, int page);

    /** Every 版面 of the edition that has a record, by page number. */
    List<PrintPage> findEdition(String date);

    /**
     * Writes {@code next} if the stored record's version is still {@code expectedVersion} (0: there is
     * none yet); false, writing nothing, when it is not. {@code next.version()} is the new version.
     */
    boolean save(PrintPage next, long expectedVersion);

    Optional<EditionPdf> findEditionPdf(String date);

    /** Replaces the edition's combined PDF record (the newest made wins; the files are content-addressed). */
    void saveEditionPdf(EditionPdf pdf);
}
