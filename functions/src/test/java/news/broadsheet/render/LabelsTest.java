package news.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.broadsheet.article.Byline;
import org.junit.jupiter.api.Test;

/** How bylines and photo credits read on the site: as the paper printed them. */
class LabelsTest {
    @Test
    void aNamePrintedWithoutARole_showsAlone_andNamesUnderOneRoleShareIt() {
        assertThat(Labels.byline(List.of(new Byline(null, "赵丽")))).isEqualTo("赵丽");
        assertThat(Labels.byline(List.of(new Byline("记者", "林小雨"), new Byline("记者", "王晨"), new Byline(null, "赵丽"))))
                .isEqualTo("记者 林小雨 王晨 赵丽");
        assertThat(Labels.byline(List.of(new Byline("本报评论员", null)))).isEqualTo("本报评论员");
    }

    @Test
    void anImportedCredit_keepsItsPrintedWord_andABareNameGets摄() {
        assertThat(Labels.credit("本报记者 张强 摄影报道")).isEqualTo("本报记者 张强 摄影报道");
        assertThat(Labels.credit("张强/摄")).isEqualTo("张强/摄");
        assertThat(Labels.credit("周明")).isEqualTo("周明 摄");
        assertThat(Labels.credit(null)).isNull();
    }
}
