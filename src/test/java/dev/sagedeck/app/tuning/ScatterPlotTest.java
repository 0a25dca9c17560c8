package dev.sagedeck.app.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.tuning.ScatterPlot.Axis;
import dev.sagedeck.app.tuning.ScatterPlot.Point;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.Scaling;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scatter plot as a character grid: points at known coordinates land in known cells. */
class ScatterPlotTest {
    static final Axis DEPTH = Axis.of(new ParameterRange.IntegerRange("max_depth", 0, 10, Scaling.LINEAR), false, List.of());

    static char at(ScatterPlot.Plot p, int column, int row) {
        return p.rows().get(row).charAt(column);
    }

    @Test
    void theCornersOfTheRanges_landInTheCornerCells_andTheMiddleInTheMiddle() {
        ScatterPlot.Plot p = ScatterPlot.of(List.of(new Point("0", 1.0, false), new Point("10", 0.0, false), new Point("5", 0.5, false)),
                DEPTH, 11, 5);

        assertThat(p.rows()).hasSize(5).allSatisfy(r -> assertThat(r).hasSize(11));
        assertThat(at(p, 0, 0)).as("x min, y max: top left").isEqualTo('o');
        assertThat(at(p, 10, 4)).as("x max, y min: bottom right").isEqualTo('o');
        assertThat(at(p, 5, 2)).isEqualTo('o');
        assertThat(String.join("", p.rows()).chars().filter(c -> c != ' ').count()).isEqualTo(3);
        assertThat(p.yMin()).isEqualTo(0.0);
        assertThat(p.yMax()).isEqualTo(1.0);
    }

    @Test
    void aLogarithmicRange_putsTheGeometricMiddleInTheMiddleColumn() {
        Axis eta = Axis.of(new ParameterRange.ContinuousRange("eta", 0.01, 1, Scaling.LOGARITHMIC), false, List.of());
        assertThat(eta.kind()).isEqualTo(Axis.Kind.LOG);

        ScatterPlot.Plot p = ScatterPlot.of(List.of(new Point("0.1", 0.5, false), new Point("0.01", 0.2, false), new Point("1", 0.9, false)), eta, 21, 3);

        assertThat(eta.column("0.1", 21)).isEqualTo(10);
        assertThat(at(p, 10, 1)).isEqualTo('o');
        assertThat(at(p, 0, 2)).isEqualTo('o');
        assertThat(at(p, 20, 0)).isEqualTo('o');
        assertThat(Axis.of(new ParameterRange.ContinuousRange("eta", 0.01, 1, Scaling.LINEAR), false, List.of()).column("0.1", 21))
                .as("the same value on a linear axis sits near the left").isEqualTo(2);
    }

    @Test
    void autoScaling_isLogarithmicOnlyWhereTheSearchMadeItSo() {
        ParameterRange auto = new ParameterRange.ContinuousRange("eta", 0.01, 0.3, Scaling.AUTO);
        assertThat(Axis.of(auto, true, List.of()).kind()).as("a local search: 0.01:0.3 spans a factor of 30").isEqualTo(Axis.Kind.LOG);
        assertThat(Axis.of(auto, false, List.of()).kind()).as("SageMaker decides Auto itself and does not say").isEqualTo(Axis.Kind.LINEAR);
        assertThat(Axis.of(new ParameterRange.IntegerRange("max_depth", 3, 9, Scaling.AUTO), true, List.of()).kind()).isEqualTo(Axis.Kind.LINEAR);
    }

    @Test
    void categoricalValues_areEvenlySpacedColumns_inTheirOrder() {
        Axis booster = Axis.of(new ParameterRange.CategoricalValues("booster", List.of("gbtree", "dart", "gblinear")), false, List.of());

        ScatterPlot.Plot p = ScatterPlot.of(List.of(new Point("gbtree", 0.7, false), new Point("dart", 0.8, false),
                new Point("gblinear", 0.6, false)), booster, 9, 3);

        assertThat(booster.column("gbtree", 9)).isEqualTo(1);
        assertThat(booster.column("dart", 9)).isEqualTo(4);
        assertThat(booster.column("gblinear", 9)).isEqualTo(7);
        assertThat(p.rows()).containsExactly("    o    ", " o       ", "       o ");
    }

    @Test
    void severalJobsInOneCell_showHowMany_andTheBestCellShowsTheBest() {
        ScatterPlot.Plot p = ScatterPlot.of(List.of(new Point("5", 0.5, false), new Point("5", 0.5, false), new Point("5", 0.5, false),
                new Point("0", 1.0, true), new Point("0", 1.0, false), new Point("10", 0.0, false)), DEPTH, 11, 3);

        assertThat(at(p, 5, 1)).isEqualTo('3');
        assertThat(at(p, 0, 0)).isEqualTo(ScatterPlot.BEST);
        List<Point> twelve = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) twelve.add(new Point("5", 0.5, false));
        assertThat(ScatterPlot.of(twelve, DEPTH, 11, 3).rows().get(1).charAt(5)).isEqualTo(ScatterPlot.MANY);
    }

    @Test
    void jobsWithoutAFiniteObjective_orAPlaceOnTheAxis_areCounted_notDrawn() {
        Axis eta = Axis.of(new ParameterRange.ContinuousRange("eta", 0.01, 1, Scaling.LOGARITHMIC), false, List.of());
        ScatterPlot.Plot p = ScatterPlot.of(List.of(new Point("0.1", null, false), new Point("0.1", Double.NaN, false),
                new Point("0.1", Double.POSITIVE_INFINITY, false), new Point("abc\u0007", 0.5, false), new Point(null, 0.5, false),
                new Point("0.2", 0.6, false)), eta, 20, 4);

        assertThat(p.plotted()).isEqualTo(1);
        assertThat(p.notPlotted()).isEqualTo(5);
        assertThat(p.yMin()).isEqualTo(0.6);
        assertThat(String.join("", p.rows()).chars().filter(c -> c != ' ').count()).isEqualTo(1);
    }

    @Test
    void aValueOutsideTheSearchedRange_widensTheAxis_ratherThanFallingOff() {
        Axis axis = Axis.of(new ParameterRange.IntegerRange("max_depth", 3, 9, Scaling.LINEAR), false, List.of("1", "12", "\"6\""));
        assertThat(axis.min()).isEqualTo(1);
        assertThat(axis.max()).isEqualTo(12);
        assertThat(axis.column("\"6\"", 12)).as("SageMaker may quote a value").isEqualTo(5);
    }

    @Test
    void allObjectivesEqual_sitOnTheMiddleRow() {
        ScatterPlot.Plot p = ScatterPlot.of(List.of(new Point("1", 0.5, false), new Point("9", 0.5, false)), DEPTH, 11, 5);
        assertThat(at(p, 1, 2)).isEqualTo('o');
        assertThat(at(p, 9, 2)).isEqualTo('o');
    }
}
