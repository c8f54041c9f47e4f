package news.broadsheet.publish;

import java.time.Instant;

/**
 * The kinds of publication the {@link Publisher} executes, one type each. {@link #prepare} reads the
 * published record, the newsroom and the bucket, renders, and writes nothing: it returns what to upload,
 * what the record says is live, the scopes rendered whole and the {@link Commit} ({@link Prepared}).
 * The executor plans, uploads, deletes, invalidates and commits the same way for every kind, and a
 * dry run stops after the plan.
 *
 * <p>A new kind is a new record here and its {@code prepare}: for example re-rendering one edition
 * from its committed snapshot is an {@link EditionRun} with another {@link EditionSource}.
 */
sealed interface PublicationRun permits PublicationRun.EditionRun, PublicationRun.SiteRefresh, PublicationRun.TakeDownRun {

    /** The edition the run holds the lock of (a refresh holds the latest edition's). */
    String date();

    /** @throws news.broadsheet.failure.DomainException when the run cannot go ahead (nothing to publish, take down or refresh) */
    Prepared prepare(Reading reading, Instant startedAt);

    /**
     * An edition put on the site (again): from {@code source}, with the site-wide pages {@code pages}
     * names. A publication is {@link SiteAssembly.SitePages#ALL} from the layout, a back issue the
     * assets alone, an embargo's end all from the approved snapshot.
     */
    record EditionRun(String date, EditionSource source, SiteAssembly.SitePages pages) implements PublicationRun {
        @Override
        public Prepared prepare(Reading reading, Instant startedAt) {
            return EditionPreparation.prepare(reading, this, startedAt);
        }
    }

    /** The site-wide pages rendered again from the published record alone (after a backfill's back issues). */
    record SiteRefresh(String date) implements PublicationRun {
        @Override
        public Prepared prepare(Reading reading, Instant startedAt) {
            return Refresh.prepare(reading);
        }
    }

    /** An edition taken off the site (or what a publication that died before its first commit left of it). */
    record TakeDownRun(String date) implements PublicationRun {
        @Override
        public Prepared prepare(Reading reading, Instant startedAt) {
            return TakeDown.prepare(reading, date);
        }
    }

    /** The run a job asks for; a job stored before jobs had a kind is a publication. */
    static PublicationRun of(Publication job) {
        PublicationKind kind = job.kind() == null ? PublicationKind.PUBLISH : job.kind();
        return switch (kind) {
            case PUBLISH -> new EditionRun(job.edition(), EditionSource.LAYOUT, SiteAssembly.SitePages.ALL);
            case BACK_ISSUE -> new EditionRun(job.edition(), EditionSource.LAYOUT, SiteAssembly.SitePages.ASSETS_ONLY);
            case EMBARGO_END -> new EditionRun(job.edition(), EditionSource.APPROVED, SiteAssembly.SitePages.ALL);
            case SITE_REFRESH -> new SiteRefresh(job.edition());
            case TAKE_DOWN -> new TakeDownRun(job.edition());
            // Not yet a run of this executor: the rebuild worker carries its jobs out itself (Rebuild).
            case REBUILD -> throw new IllegalStateException("a rebuild's jobs are run by the rebuild worker, not the publisher");
            // A dry run is planned, never executed (Publisher#run answers it with Publisher#dryRun).
            case DRY_RUN -> throw new IllegalStateException("a dry run is planned, not run");
            case UNKNOWN -> throw new IllegalStateException("a job of a kind this version does not know is not run by it");
        };
    }

}
