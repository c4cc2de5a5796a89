package org.circuitsweep.jobs.spec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.model.Prinz2004Pyloric;

/**
 * What the {@code model:} key of a spec names: a template whose parameters a spec may sweep. The
 * loader validates any template's parameters the same way. The circuit template has no parameters
 * of its own: they come from the circuit file ({@link CircuitFile#parameters()}).
 *
 * @param name       the spelling in specs
 * @param kind       single neuron or network
 * @param parameters the parameters a spec may list, in the template's own order
 */
record ModelTemplate(String name, ModelKind kind, List<ParameterInfo> parameters) {

    static final ModelTemplate PRINZ2003 = new ModelTemplate("prinz2003", ModelKind.NEURON, ChannelCatalog.parameters());
    static final ModelTemplate PRINZ2004_PYLORIC = new ModelTemplate(Prinz2004Pyloric.TEMPLATE, ModelKind.PYLORIC,
            Prinz2004Grid.synapseParameters());
    static final ModelTemplate CIRCUIT = new ModelTemplate("circuit", ModelKind.CIRCUIT, List.of());

    static final List<ModelTemplate> ALL = List.of(PRINZ2003, PRINZ2004_PYLORIC, CIRCUIT);

    ModelTemplate {
        parameters = List.copyOf(parameters);
    }

    static Optional<ModelTemplate> byName(String name) {
        return ALL.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    static String names() {
        return ALL.stream().map(ModelTemplate::name).collect(Collectors.joining(", "));
    }

    /** This template with the parameters of one circuit file. */
    ModelTemplate withParameters(List<ParameterInfo> circuitParameters) {
        return new ModelTemplate(name, kind, circuitParameters);
    }

    Optional<ParameterInfo> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    String parameterNames() {
        return parameters.stream().map(ParameterInfo::name).collect(Collectors.joining(", "));
    }
}
