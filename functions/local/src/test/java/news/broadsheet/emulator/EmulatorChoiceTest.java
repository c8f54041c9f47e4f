package news.broadsheet.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import news.broadsheet.emulator.EmulatorChoice.Kind;
import news.broadsheet.emulator.EmulatorChoice.LocalStackProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmulatorChoiceTest {
    static final String WHY = "no Docker engine answers";

    static LocalStackProbe localStack(boolean ready) {
        return () -> ready ? Optional.empty() : Optional.of(WHY);
    }

    @ParameterizedTest(name = "forced={0}, localstack ready={1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "none,       true,  LOCALSTACK",
            "none,       false, MOTO",
            "'',         true,  LOCALSTACK",
            "moto,       true,  MOTO",
            "moto,       false, MOTO",
            "localstack, true,  LOCALSTACK",
            "MOTO,       true,  MOTO",
    })
    void choosesTheForcedEmulator_elseLocalStackWhenReady_elseMoto(String forced, boolean ready, Kind expected) {
        assertThat(EmulatorChoice.choose(forced, localStack(ready)).kind()).isEqualTo(expected);
    }

    @Test
    void fallingBackToMoto_saysWhyLocalStackWasSkipped() {
        assertThat(EmulatorChoice.choose(null, localStack(false)).reason())
                .isEqualTo("moto; LocalStack skipped: no Docker engine answers");
    }

    @Test
    void forcedLocalStack_thatCannotRun_failsAtOnceWithTheReason_insteadOfFallingBack() {
        assertThatThrownBy(() -> EmulatorChoice.choose("localstack", localStack(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(": no Docker engine answers");
    }

    @Test
    void forcedMoto_neverAsksDocker() {
        LocalStackProbe mustNotBeCalled = () -> {
            throw new AssertionError("probed Docker although moto was forced");
        };
        assertThat(EmulatorChoice.choose("moto", mustNotBeCalled).kind()).isEqualTo(Kind.MOTO);
    }

    @Test
    void anUnknownEmulatorName_isRefused() {
        assertThatThrownBy(() -> EmulatorChoice.choose("dynalite", localStack(false))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localStack_isPinnedToTheLastImageWithoutAnAuthToken_unlessATokenIsGiven() {
        assertThat(EmulatorChoice.localStackImage(null)).isEqualTo("localstack/localstack:4.14.0");
        assertThat(EmulatorChoice.localStackImage("")).isEqualTo("localstack/localstack:4.14.0");
        assertThat(EmulatorChoice.localStackImage("ls-token")).isNotEqualTo("localstack/localstack:4.14.0");
    }
}
