package news.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.failure.Invalid;
import news.broadsheet.fakes.InMemoryArticleStore;
import org.junit.jupiter.api.Test;

/** An article's import doubts are the importer's to add and an editor's to resolve (remove) with an ordinary edit. */
class ImportDoubtsEditTest {
    static final Principal EDITOR = new Principal("editor", java.util.Set.of(Role.EDITOR));
    static final String DOUBT = "this story was opened at 「夜市延长营业到十点」; it may be an intertitle of the story before";

    final InMemoryArticleStore store = new InMemoryArticleStore();
    final ArticleService service = new ArticleService(store, Clock.fixed(Instant.parse("2031-03-14T08:00:00Z"), ZoneOffset.UTC), () -> "a1");

    Article imported() {
        Article a = Article.create("a1", ArticleInputBuilder.builder().headline("夜市延长营业到十点").importDoubts(List.of(DOUBT)).build(),
                Status.DRAFT, "2031-03-14T07:00:00Z", "reporter");
        store.insert(a);
        return a;
    }

    @Test
    void resolvingTheDoubts_isAnEditThatClearsThem_andKeepsARevision() {
        Article read = imported();
        assertThat(read.importDoubts()).containsExactly(DOUBT);

        Article saved = service.edit("a1", read.version(), in -> in.withImportDoubts(null), EDITOR);

        assertThat(saved.importDoubts()).isEmpty();
        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThat(saved.readByReaders()).isEqualTo(read.readByReaders());
    }

    @Test
    void anEditMayNotAddADoubt_onlyTheImporterDoes() {
        Article read = imported();

        assertThatThrownBy(() -> service.edit("a1", read.version(), in -> in.withImportDoubts(List.of(DOUBT, "my own doubt")), EDITOR))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.field()).isEqualTo("/importDoubts")));
        assertThatThrownBy(() -> service.create(ArticleInputBuilder.builder().headline("新稿").importDoubts(List.of("x")).build(), EDITOR))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void anEditOfTheText_keepsTheDoubts() {
        Article read = imported();

        Article saved = service.edit("a1", read.version(), in -> in.withHeadline("夜市延长营业"), EDITOR);

        assertThat(saved.importDoubts()).containsExactly(DOUBT);
    }

    @Test
    void aDoubtQuotingABidiControlInsideACombiningSequence_staysAsStored_soLaterEditsPass() {
        // The importer quotes the page's line in its doubt; a bidi control between a letter and its accent is
        // dropped as the doubt is stored. What is stored must read back as itself, or every later edit "adds" a doubt.
        List<Invalid.FieldError> errors = new java.util.ArrayList<>();
        String stored = ArticleRules.line(errors, "/importDoubts/0", "opened at 「夜市e\u202A\u0301」", 500, true);
        assertThat(errors).isEmpty();
        assertThat(ArticleRules.line(errors, "/importDoubts/0", stored, 500, true)).isEqualTo(stored);
        store.insert(Article.create("a1", ArticleInputBuilder.builder().headline("夜市延长营业到十点").importDoubts(List.of(stored)).build(),
                Status.DRAFT, "2031-03-14T07:00:00Z", "reporter"));

        Article saved = service.edit("a1", 1, in -> in.withHeadline("夜市延长营业"), EDITOR);

        assertThat(saved.importDoubts()).containsExactly(stored);
    }

    @Test
    void anEditMayNotRepeatADoubt() {
        Article read = imported();

        assertThatThrownBy(() -> service.edit("a1", read.version(), in -> in.withImportDoubts(List.of(DOUBT, DOUBT)), EDITOR))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void aPhotoGivenItsFile_dropsTheNoFileDoubt_atTheSameSave_andOneStillWaitingKeepsIt() {
        String noFile = "image has no file yet: upload the photo (POST /api/media) and set the block's media";
        List<Block> waiting = List.of(Block.image(null, "图为孩子们在公园里嬉戏。", "孟凡摄"), Block.image(null, "图为新铺的步道。", "孟凡摄"));
        Article read = Article.create("a1", ArticleInputBuilder.builder().headline("图片新闻").body(waiting)
                .importDoubts(List.of(noFile, DOUBT, noFile)).build(), Status.DRAFT, "2031-03-14T07:00:00Z", "reporter");
        store.insert(read);

        Article one = service.edit("a1", read.version(), in -> in.withBody(List.of(Block.photo("00000000-0000-4000-8000-000000000001", "图为孩子们在公园里嬉戏。", "孟凡摄"),
                waiting.get(1))), EDITOR);
        assertThat(one.importDoubts()).as("one image still waits for its file").containsExactly(noFile, DOUBT);

        Article both = service.edit("a1", one.version(), in -> in.withBody(List.of(Block.photo("00000000-0000-4000-8000-000000000001", "图为孩子们在公园里嬉戏。", "孟凡摄"),
                Block.photo("00000000-0000-4000-8000-000000000002", "图为新铺的步道。", "孟凡摄"))), EDITOR);
        assertThat(both.importDoubts()).as("a judgement stays until someone resolves it").containsExactly(DOUBT);
    }
}
