package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.MetricSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text plot of the train and validation metric per round, the same for local and SageMaker jobs:
 * '*' marks train, 'o' validation ('#' where both fall in one cell), with the value range on the left.
 */
public final class PlotLines {
    private PlotLines() {}

    public static List<Line> of(MetricSeries series, int width, int height) {
        List<Line> out = new ArrayList<>();
        if (series.isEmpty() || width < 20 || height < 3) {
            return out;
        }
        String validation = series.headline().orElseThrow();
        String metric = validation.contains(":") ? validation.substring(validation.indexOf(':') + 1) : validation;
        String train = "train:" + metric;
        int plotWidth = width - 10;
        // sample at most a few points per column: the plot costs the same for 100 or 100,000 rounds
        double[] tr = sample(series.of(train), plotWidth * 4);
        double[] va = validation.equals(train) ? new double[0] : sample(series.of(validation), plotWidth * 4);
        int rounds = Math.max(series.of(train).length, validation.equals(train) ? 0 : series.of(validation).length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] s : new double[][] {tr, va}) {
            for (double v : s) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!Double.isFinite(min)) {
            return out;
        }
        char[][] grid = new char[height][plotWidth];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, ' ');
        }
        mark(grid, tr, rounds, min, max, '*');
        mark(grid, va, rounds, min, max, 'o');
        out.add(Line.of(metric + " per round (" + rounds + " rounds)  * train" + (va.length == 0 ? "" : "  o validation"), Role.TITLE));
        for (int y = 0; y < height; y++) {
            String label = y == 0 ? fmt(max) : y == height - 1 ? fmt(min) : "";
            Line l = Line.of(TextFit.pad(label, 8) + "|", Role.DIM);
            StringBuilder run = new StringBuilder();
            for (char ch : grid[y]) {
                run.append(ch);
            }
            out.add(l.plus(run.toString(), Role.PLOT_TRAIN));
        }
        out.add(Line.of(" ".repeat(8) + "+" + "-".repeat(plotWidth), Role.DIM));
        out.add(Line.of(" ".repeat(9) + "0" + " ".repeat(Math.max(1, plotWidth - 1 - String.valueOf(rounds - 1).length()))
                + (rounds - 1), Role.DIM));
        return out;
    }

    private static double[] sample(double[] all, int points) {
        if (all.length <= points) {
            return all;
        }
        double[] out = new double[points];
        for (int i = 0; i < points; i++) {
            out[i] = all[(int) ((long) i * (all.length - 1) / (points - 1))];
        }
        return out;
    }

    private static void mark(char[][] grid, double[] values, int rounds, double min, double max, char symbol) {
        int h = grid.length;
        int w = grid[0].length;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                continue;
            }
            int x = values.length <= 1 ? 0 : (int) Math.round((double) i / (values.length - 1) * (w - 1));
            int y = max > min ? (int) Math.round((max - v) / (max - min) * (h - 1)) : h / 2;
            grid[y][x] = grid[y][x] == ' ' || grid[y][x] == symbol ? symbol : '#';
        }
    }

    private static String fmt(double v) {
        return Formats.metric(v);
    }
}
