package org.circuitsweep.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.perturb.Condition;
import org.circuitsweep.engine.perturb.ExperimentSimulator;
import org.circuitsweep.engine.perturb.Perturbations;
import org.circuitsweep.engine.perturb.Preparation;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.engine.sample.SamplingMethod;
import org.circuitsweep.engine.sim.Integrator;
import org.junit.jupiter.api.Test;

/**
 * The specs in {@code configs/} load, the database grid is the grid of model sheet §4.1, and the
 * experiments in {@code configs/experiments/} read the outputs of shipped sweeps and apply to them.
 */
class ShippedConfigsTest {

    /** Surefire runs in the module directory; the configs live at the repository root. */
    private static final Path CONFIGS = Path.of("..", "configs");

    /** Sheet §4.1: six levels per conductance, in the database's column order. */
    private static final double[][] P03_GRID = {
            {0, 100, 200, 300, 400, 500},
            {0, 2.5, 5, 7.5, 10, 12.5},
            {0, 2, 4, 6, 8, 10},
            {0, 10, 20, 30, 40, 50},
            {0, 5, 10, 15, 20, 25},
            {0, 25, 50, 75, 100, 125},
            {0, 0.01, 0.02, 0.03, 0.04, 0.05},
            {0, 0.01, 0.02, 0.03, 0.04, 0.05}};
    private static final List<String> COLUMN_ORDER = List.of("gNa", "gCaT", "gCaS", "gA", "gKCa", "gKd", "gH", "gLeak");

    @Test
    void databaseConfigIsTheP03GridInColumnOrder() {
        SweepSpec spec = SpecLoader.load(CONFIGS.resolve("prinz2003-database.yaml"));

        assertThat(spec.method()).isEqualTo(SamplingMethod.GRID);
        assertThat(spec.count()).isZero();
        assertThat(spec.variantCount()).isEqualTo(1_679_616L);
        // Grid numbering makes the first dimension most significant: column order = P03 numbering.
        assertThat(spec.parameterNames()).isEqualTo(COLUMN_ORDER);
        assertThat(COLUMN_ORDER).isEqualTo(ChannelCatalog.parameters().stream().map(p -> p.name()).toList());
        for (int i = 0; i < P03_GRID.length; i++) {
            assertThat(((Dimension.Values) spec.parameters().get(i)).values()).as(COLUMN_ORDER.get(i))
                    .containsExactly(P03_GRID[i]);
        }
        assertThat(spec.simulation().durationMs()).isEqualTo(10_000);
        assertThat(spec.simulation().transientMs()).isEqualTo(5_000);
    }

    @Test
    void databaseVariantIndexPlusOneIsTheP03ModelNumber() {
        Sampler sampler = SpecLoader.load(CONFIGS.resolve("prinz2003-database.yaml")).sampler();
        assertThat(sampler.size()).isEqualTo(1_679_616L);

        // Sheet §4.1: the levels are the base-6 digits of (model number - 1), Na most significant.
        for (long modelNumber : new long[] {1, 2, 7, 123_457, 1_000_000, 1_679_616}) {
            double[] values = new double[COLUMN_ORDER.size()];
            sampler.variant(modelNumber - 1, values);
            long rest = modelNumber - 1;
            for (int column = COLUMN_ORDER.size() - 1; column >= 0; column--) {
                assertThat(values[column]).as("model %d, %s", modelNumber, COLUMN_ORDER.get(column))
                        .isEqualTo(P03_GRID[column][(int) (rest % 6)]);
                rest /= 6;
            }
        }
    }

    /** The 1 % sample and the bench sweep are the database grid and protocol, every 100th and every 103rd model. */
    @Test
    void samplesOfTheDatabaseTakeItsModelsEveryStride() {
        SweepSpec database = SpecLoader.load(CONFIGS.resolve("prinz2003-database.yaml"));
        Sampler grid = database.sampler();
        for (String config : List.of("prinz2003-database-1pct.yaml", "bench-p03.yaml")) {
            SweepSpec spec = SpecLoader.load(CONFIGS.resolve(config));
            long every = config.startsWith("bench") ? 103 : 100;
            assertThat(spec.sample()).as(config).isEqualTo(new Subsample(every, 0));
            assertThat(spec.parameters()).as(config).isEqualTo(database.parameters());
            assertThat(spec.simulation()).as(config).isEqualTo(database.simulation());
            assertThat(spec.variantCount()).as(config).isEqualTo((1_679_616L + every - 1) / every);
            Sampler sample = spec.sampler();
            double[] got = new double[COLUMN_ORDER.size()];
            double[] expected = new double[COLUMN_ORDER.size()];
            for (long i : new long[] {0, 1, 77, sample.size() - 1}) {
                sample.variant(i, got);
                grid.variant(i * every, expected);
                assertThat(got).as("%s variant %d", config, i).containsExactly(expected);
            }
        }
        assertThat(SpecLoader.load(CONFIGS.resolve("prinz2003-database-1pct.yaml")).variantCount()).isEqualTo(16_797);
    }

    @Test
    void everyShippedConfigGivesASamplerOfItsVariantCount() {
        for (String config : List.of("quickstart.yaml", "prinz2003-database.yaml", "prinz2003-database-1pct.yaml",
                "prinz2003-sobol-100k.yaml", "bench-p03.yaml")) {
            SweepSpec spec = SpecLoader.load(CONFIGS.resolve(config));
            Sampler sampler = spec.sampler();

            assertThat(sampler.size()).as(config).isEqualTo(spec.variantCount());
            assertThat(sampler.names()).as(config).isEqualTo(spec.parameterNames());
        }
    }

    @Test
    void sobolConfigCoversTheSameBox() {
        SweepSpec spec = SpecLoader.load(CONFIGS.resolve("prinz2003-sobol-100k.yaml"));

        assertThat(spec.method()).isEqualTo(SamplingMethod.SOBOL);
        assertThat(spec.variantCount()).isEqualTo(100_000L);
        assertThat(spec.parameters()).isEqualTo(p03Box());
        assertThat(spec.simulation().durationMs()).isEqualTo(10_000);
        assertThat(spec.simulation().transientMs()).isEqualTo(5_000);
    }

    @Test
    void quickstartIsASmallRandomSweepOfTheBox() {
        SweepSpec spec = SpecLoader.load(CONFIGS.resolve("quickstart.yaml"));

        assertThat(spec.name()).isEqualTo("quickstart");
        assertThat(spec.method()).isEqualTo(SamplingMethod.RANDOM);
        assertThat(spec.variantCount()).isEqualTo(2_000L);
        assertThat(spec.parameters()).isEqualTo(p03Box());
        assertThat(spec.simulation().durationMs()).isEqualTo(10_000);
        assertThat(spec.simulation().transientMs()).isEqualTo(5_000);
        assertThat(spec.simulation().adaptiveStop()).isTrue();
        assertThat(spec.simulation().integrator()).isEqualTo(Integrator.EXPONENTIAL_EULER);
        assertThat(spec.chunkSize()).isEqualTo(256);
        assertThat(spec.output()).isEqualTo("out/quickstart");
    }

    @Test
    void experimentConfigsReadTheirBasesOutputsAndApplyToTheirVariants() {
        Map<String, Integer> levels = Map.of("quickstart-warm-bursters.yaml", 6, "prinz2004-sample-block-a.yaml", 1);
        Map<String, String> bases = Map.of("quickstart-warm-bursters.yaml", "quickstart.yaml",
                "prinz2004-sample-block-a.yaml", "prinz2004-sample.yaml");
        for (String config : levels.keySet()) {
            ExperimentSpec experiment = ExperimentSection.load(CONFIGS.resolve("experiments").resolve(config));
            SweepSpec base = SpecLoader.load(CONFIGS.resolve(bases.get(config)));
            assertThat(experiment.base()).as(config).isEqualTo(base.output());
            assertThat(experiment.output()).as(config).isEqualTo("out/" + experiment.name());
            double[] values = new double[base.parameterNames().size()];
            base.sampler().variant(0, values);
            Preparation variant = base.kind().isNetwork() ? Preparation.ofCircuit(base.networks().circuit(values))
                    : Preparation.ofNeuron(base.conductances(values));
            List<Condition> conditions = experiment.perturbations().stream()
                    .flatMap(p -> Perturbations.parse(p).stream()).toList();
            assertThat(conditions).as(config).hasSize(levels.get(config));
            conditions.forEach(c -> ExperimentSimulator.check(c, variant, base.simulation()));
        }
    }

    private static List<Dimension> p03Box() {
        return IntStream.range(0, P03_GRID.length)
                .mapToObj(i -> (Dimension) new Dimension.Uniform(COLUMN_ORDER.get(i), 0, P03_GRID[i][5])).toList();
    }
}
