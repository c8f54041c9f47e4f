package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import news.broadsheet.publish.PublishedStore.MonthWrite;
import org.junit.jupiter.api.Test;

/**
 * Which months a commit writes ahead, in which steps, and which it keeps: DynamoDB's TransactWriteItems
 * holds at most 100 writes, so a decade of months (121) cannot go with the pointers and site record.
 */
class MonthsAheadTest {
    /** Keeps each step written ahead (the months' names and the site version it was conditional on); nothing else may be called. */
    static final class Steps {
        final List<List<String>> steps = new ArrayList<>();
        final List<Long> siteVersions = new ArrayList<>();
        final PublishedStore store = (PublishedStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PublishedStore.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("writeAhead")) {
                        throw new AssertionError("months ahead called " + method.getName());
                    }
                    @SuppressWarnings("unchecked") List<MonthWrite> m = (List<MonthWrite>) args[0];
                    steps.add(m.stream().map(w -> w.next().month()).toList());
                    siteVersions.add((Long) args[1]);
                    return null;
                });
    }

    static List<MonthWrite> decade(int months) {
        List<MonthWrite> out = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            out.add(new MonthWrite(ArchiveMonth.empty(YearMonth.of(2014, 1).plusMonths(i).toString()), i + 1));
        }
        return out;
    }

    @Test
    void aCommitThatFits_writesNothingAhead_andKeepsEveryMonth() {
        Steps store = new Steps();
        List<MonthWrite> months = decade(96);

        List<MonthWrite> kept = MonthsAhead.writeAhead(store.store, months, 4, "2021-06", 7, () -> { });

        assertThat(kept).isEqualTo(months);
        assertThat(store.steps).isEmpty();
    }

    @Test
    void aDecadeOfMonths_goesAheadInStepsOfNinety_eachOnTheIntentsSiteVersion_keepingTheEditionsOwnMonthForTheCommit() {
        Steps store = new Steps();
        int[] checks = {0};

        List<MonthWrite> kept = MonthsAhead.writeAhead(store.store, decade(121), 4, "2024-01", 7, () -> checks[0]++);

        assertThat(kept).extracting(w -> w.next().month()).containsExactly("2024-01");
        assertThat(store.steps).extracting(List::size).containsExactly(90, 30);
        assertThat(store.steps.get(0).get(0)).isEqualTo("2014-01");
        assertThat(store.steps.stream().flatMap(List::stream)).doesNotContain("2024-01").hasSize(120);
        assertThat(store.siteVersions).containsOnly(7L);
        assertThat(checks[0]).as("the lease checked before each step").isEqualTo(2);
    }

    @Test
    void aRefreshPastTheLimit_writesEveryMonthAhead() {
        Steps store = new Steps();

        List<MonthWrite> kept = MonthsAhead.writeAhead(store.store, decade(100), 1, null, 3, () -> { });

        assertThat(kept).isEmpty();
        assertThat(store.steps).extracting(List::size).containsExactly(90, 10);
    }

    @Test
    void aLostLease_writesNoMonthAhead() {
        Steps store = new Steps();

        assertThatThrownBy(() -> MonthsAhead.writeAhead(store.store, decade(121), 2, null, 7, () -> {
            throw new IllegalStateException("lease lost");
        })).hasMessage("lease lost");
        assertThat(store.steps).isEmpty();
    }
}
