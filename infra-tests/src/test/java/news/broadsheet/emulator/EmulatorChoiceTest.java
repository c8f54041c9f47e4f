package news.broadsheet.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.broadsheet.emulator.EmulatorChoice.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EmulatorChoiceTest {
    @ParameterizedTest(name = "forced={0}, docker={1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "none,       true,  LOCALSTACK",
            "none,       false, MOTO",
            "'',         true,  LOCALSTACK",
            "moto,       true,  MOTO",
            "localstack, false, LOCALSTACK",
            "MOTO,       true,  MOTO",
    })
    void choosesTheForcedEmulator_elseLocalStackWhereDockerRuns_elseMoto(String forced, boolean docker, Kind expected) {
        assertThat(EmulatorChoice.choose(forced, () -> docker)).isEqualTo(expected);
    }

    @Test
    void anUnknownEmulatorName_isRefused() {
        assertThatThrownBy(() -> EmulatorChoice.choose("dynalite", () -> false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localStack_isPinnedToTheLastImageWithoutAnAuthToken_unlessATokenIsGiven() {
        assertThat(EmulatorChoice.localStackImage(null)).isEqualTo("localstack/localstack:4.14.0");
        assertThat(EmulatorChoice.localStackImage("")).isEqualTo("localstack/localstack:4.14.0");
        assertThat(EmulatorChoice.localStackImage("ls-token")).isNotEqualTo("localstack/localstack:4.14.0");
    }
}
