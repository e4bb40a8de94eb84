package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignlab.app.gui.SnapshotRenderer;
import io.campaignlab.views.shell.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code campaign-lab snapshot --view data --dataset events --out data.png}: a view to PNG, headless. The Models view
 * opens on the newest completed run, or on the runs given with {@code --run}.
 */
@Command(name = "snapshot", description = "Render a workbench view, populated from the workspace, to a PNG (headless, no display needed).")
final class SnapshotCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--view", defaultValue = "data",
            description = "data, models, explain, segments, recommend, experiments, campaigns or monitor (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--dataset", description = "A dataset to select in the Data view.")
    String dataset;

    @Option(names = "--run", split = ",", paramLabel = "RUN",
            description = "Runs to select in the Models view, their curves overlaid (default: the newest completed run).")
    List<Long> runs;

    @Option(names = "--size", defaultValue = "1440x900", description = "WIDTHxHEIGHT in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--out", required = true, description = "The PNG file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Section section = Section.byTitle(view);
        String[] parts = size.toLowerCase(java.util.Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(parts[0]);
            height = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--size must look like 1440x900, not '" + size + "'");
        }
        if (width < 320 || height < 240 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("--size must be between 320x240 and 8000x8000");
        }
        long started = System.nanoTime();
        List<Long> selected = runs == null ? List.of() : List.copyOf(runs);
        if (!selected.isEmpty() && section != Section.MODELS) {
            throw new IllegalArgumentException("--run selects runs in the Models view; add --view models");
        }
        Path written = SnapshotRenderer.render(options.workspace(), section, dataset, selected, width, height, dark,
                out);
        double seconds = (System.nanoTime() - started) / 1e9;
        Output output = new Output(spec.commandLine().getOut());
        if (options.json()) {
            ObjectNode node = Output.object();
            node.put("out", written.toAbsolutePath().toString());
            node.put("view", section.title());
            if (!selected.isEmpty()) {
                ArrayNode array = node.putArray("runs");
                selected.forEach(array::add);
            }
            node.put("width", width);
            node.put("height", height);
            node.put("seconds", Math.round(seconds * 1000) / 1000.0);
            output.json(node);
        } else {
            output.line("Wrote %s (%dx%d, %s view) in %.1f s.", written, width, height, section.title(), seconds);
        }
        return 0;
    }
}
