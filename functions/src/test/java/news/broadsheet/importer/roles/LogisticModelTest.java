package news.broadsheet.importer.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticModelTest {
    /** A model that knows one thing: a line the rules call a heading is a headline, anything else body. */
    private static LineRoleModel tiny() throws Exception {
        long[] starts = {1, 10, 1, 10};
        long[][] trans = {{0, 10, 0, 1}, {0, 0, 1, 10}, {0, 0, 0, 10}, {1, 2, 0, 50}};
        long[] roles = {5, 20, 5, 200};
        double[] bias = {-2, -1, -2, 1};
        Map<String, double[]> weights = Map.of("rules=heading", new double[] {0, 4, 0, -3}, "rules=text", new double[] {-2, -4, -2, 3});
        StringWriter out = new StringWriter();
        LineRoleModel.writeLogistic(out, starts, trans, roles, bias, weights);
        return LineRoleModel.read(new BufferedReader(new StringReader(out.toString())));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-0.123", "4.500", "0", "-6.011", "12", "-0.007", "1e-5", "-Infinity", "0.1234567890123"})
    void numbersInTheResource_readAsParseDoubleReadsThem(String number) {
        String row = "feature\t" + number + "\t";
        assertThat(LineRoleModel.number(row, 8, 8 + number.length())).isCloseTo(Double.parseDouble(number), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aLogisticModel_readsBackFromItsResource_andDecodesAHeadOverABody() throws Exception {
        LineRoleModel model = tiny();
        List<PrintLine> lines = PrintLine.of("江边步道迎来首批游客\n江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机。\n");
        assertThat(model.logistic()).isTrue();
        assertThat(model.decode(lines)).containsExactly(LineRole.HEADLINE, LineRole.BODY);
    }

    @Test
    void theHeadProbability_isHighForTheHeadingAndLowForTheParagraph() throws Exception {
        LineRoleModel model = tiny();
        List<PrintLine> lines = PrintLine.of("江边步道迎来首批游客\n江边步道全长十二公里，沿途设了六个驿站，每个驿站都有饮水机。\n");
        double[] head = model.headProbability(model.page(lines));
        assertThat(head[0]).isGreaterThan(0.9);
        assertThat(head[1]).isLessThan(0.1);
        for (double p : head) {
            assertThat(p).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theShippedFlatModel_isLogistic_andTheIndentedOneNaiveBayes() {
        assertThat(LineRoleModel.shippedFlat().logistic()).isTrue();
        assertThat(LineRoleModel.shipped().logistic()).isFalse();
        assertThat(LineRoleModel.shipped().headProbability(LineRoleModel.shipped().page(PrintLine.of("一行\n")))).isNull();
    }
}
