package org.circuitsweep.jobs.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.SamplingMethod;
import org.circuitsweep.engine.sim.SimulationSettings;

/** TEMPORARY stand-in until branch `spec` lands. */
public final class SpecLoader {
    private SpecLoader() {
    }

    public static SweepSpec load(Path path) {
        try {
            return parse(Files.readString(path), path.toString());
        } catch (IOException e) {
            throw new SpecException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    public static SweepSpec parse(String yaml, String sourceName) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new SpecException(sourceName + ": not valid YAML");
        }
        if (root == null || !root.has("name")) {
            throw new SpecException(sourceName + ": name: missing");
        }
        SamplingMethod method = null;
        for (SamplingMethod m : SamplingMethod.values()) {
            if (m.label().equals(root.path("method").asText())) {
                method = m;
            }
        }
        if (method == null) {
            throw new SpecException(sourceName + ": method: unknown; allowed: grid, random, latin-hypercube, sobol");
        }
        List<Dimension> dims = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            if (n.isNumber()) {
                dims.add(new Dimension.Fixed(e.getKey(), n.asDouble()));
            } else if (n.has("grid")) {
                double[] v = new double[n.get("grid").size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = n.get("grid").get(i).asDouble();
                }
                dims.add(new Dimension.Values(e.getKey(), v));
            } else if (n.has("range")) {
                JsonNode r = n.get("range");
                int steps = r.get("steps").asInt();
                double[] v = new double[steps];
                for (int i = 0; i < steps; i++) {
                    v[i] = r.get("min").asDouble() + i * (r.get("max").asDouble() - r.get("min").asDouble()) / Math.max(1, steps - 1);
                }
                dims.add(new Dimension.Values(e.getKey(), v));
            } else if (n.has("uniform")) {
                dims.add(new Dimension.Uniform(e.getKey(), n.get("uniform").get(0).asDouble(), n.get("uniform").get(1).asDouble()));
            } else {
                throw new SpecException(sourceName + ": parameters." + e.getKey() + ": expected a number, grid or uniform");
            }
        }
        JsonNode sim = root.path("simulation");
        SimulationSettings s = SimulationSettings.DEFAULTS.withDurations(sim.path("duration-ms").asDouble(10000),
                sim.path("transient-ms").asDouble(5000));
        Map<String, Double> overrides = new HashMap<>();
        return new SweepSpec(root.get("name").asText(), root.path("seed").asLong(0), "prinz2003", method,
                root.path("count").asLong(0), dims, s, overrides, root.path("output").asText("out/" + root.get("name").asText()),
                root.path("chunk-size").asInt(1000), yaml);
    }
}
