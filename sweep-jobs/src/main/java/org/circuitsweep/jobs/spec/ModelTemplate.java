package org.circuitsweep.jobs.spec;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.model.ParameterInfo;

/**
 * What the {@code model:} key of a spec names: a template whose parameters a spec may sweep.
 * Only the single Prinz 2003 neuron exists now; network templates will add their synapse
 * parameters here, and the loader validates any template's parameters the same way.
 *
 * @param name       the spelling in specs
 * @param parameters the parameters a spec may list, in the template's own order
 */
record ModelTemplate(String name, List<ParameterInfo> parameters) {

    static final ModelTemplate PRINZ2003 = new ModelTemplate("prinz2003", ChannelCatalog.parameters());

    static final List<ModelTemplate> ALL = List.of(PRINZ2003);

    ModelTemplate {
        parameters = List.copyOf(parameters);
    }

    static Optional<ModelTemplate> byName(String name) {
        return ALL.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    static String names() {
        return ALL.stream().map(ModelTemplate::name).collect(Collectors.joining(", "));
    }

    Optional<ParameterInfo> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    String parameterNames() {
        return parameters.stream().map(ParameterInfo::name).collect(Collectors.joining(", "));
    }
}
