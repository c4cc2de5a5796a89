package org.circuitsweep.engine.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.synapse.Transmitter;
import org.junit.jupiter.api.Test;

/** The Q10 table and the factors it gives: exactly 1 at the reference, Q10^(ΔT/10) elsewhere. */
class ThermalFactorsTest {

    @Test
    void everyFactorIsExactlyOneAtTheReferenceTemperature() {
        ThermalFactors t = ThermalFactors.at(Q10Table.REFERENCE_TEMPERATURE_C);
        assertThat(t.isReference()).isTrue();
        assertThat(t).isEqualTo(ThermalFactors.REFERENCE);
        for (int i = 0; i < ChannelCatalog.SIZE; i++) {
            assertThat(t.activationRate(i)).isEqualTo(1.0);
            assertThat(t.inactivationRate(i)).isEqualTo(1.0);
            assertThat(t.conductanceFactor(i)).isEqualTo(1.0);
        }
        assertThat(t.calciumRate()).isEqualTo(1.0);
        for (Transmitter tr : Transmitter.values()) {
            assertThat(t.synapseRate(tr)).isEqualTo(1.0);
            assertThat(t.synapseConductanceFactor(tr)).isEqualTo(1.0);
        }
        assertThat(t.nernstFactorMv()).isEqualTo(Prinz2003.NERNST_FACTOR_CA_MV);
        assertThat(t.calciumReversalMv(0.7)).isEqualTo(Prinz2003.calciumReversalMv(0.7));
    }

    @Test
    void tenDegreesWarmerMultipliesEachRateAndConductanceByItsQ10() {
        ThermalFactors t = ThermalFactors.at(20);
        int na = ChannelCatalog.indexOf("gNa");
        int cas = ChannelCatalog.indexOf("gCaS");
        int kca = ChannelCatalog.indexOf("gKCa");
        int leak = ChannelCatalog.indexOf("gLeak");
        assertThat(t.activationRate(na)).isCloseTo(2.4, within(1e-12));
        assertThat(t.inactivationRate(na)).isCloseTo(2.8, within(1e-12));
        assertThat(t.activationRate(cas)).isCloseTo(2.0, within(1e-12));
        assertThat(t.activationRate(kca)).isCloseTo(1.6, within(1e-12));
        assertThat(t.inactivationRate(kca)).as("KCa has no h").isEqualTo(1.0);
        assertThat(t.activationRate(leak)).as("the leak has no gate").isEqualTo(1.0);
        assertThat(t.conductanceFactor(leak)).isCloseTo(1.5, within(1e-12));
        assertThat(t.calciumRate()).isCloseTo(2.0, within(1e-12));
        assertThat(t.synapseRate(Transmitter.GLUTAMATE)).isCloseTo(1.7, within(1e-12));
        assertThat(t.synapseConductanceFactor(Transmitter.ACETYLCHOLINE)).isCloseTo(1.5, within(1e-12));
        assertThat(t.nernstFactorMv()).isCloseTo(Prinz2003.NERNST_FACTOR_CA_MV * 293.15 / 283.15, within(1e-12));
        assertThat(ThermalFactors.at(0).activationRate(na)).isCloseTo(1 / 2.4, within(1e-12));
    }

    @Test
    void theTableHasOneRowPerCurrentInCatalogueOrderAndASourceForEachRow() {
        for (int i = 0; i < ChannelCatalog.SIZE; i++) {
            String current = ChannelCatalog.PRINZ2003.get(i).channel().name();
            assertThat(Q10Table.ofCurrent(i).name().replace("_", "")).as(current)
                    .isEqualToIgnoringCase(current.equals("leak") ? "LEAK" : current);
            Channel channel = ChannelCatalog.PRINZ2003.get(i).channel();
            assertThat(Double.isNaN(Q10Table.ofCurrent(i).q10Inactivation())).as(current).isEqualTo(channel.q() == 0);
            assertThat(Double.isNaN(Q10Table.ofCurrent(i).q10Activation())).as(current).isEqualTo(channel.p() == 0);
        }
        for (Q10Table row : Q10Table.values()) {
            assertThat(row.source()).isNotBlank();
        }
    }

    @Test
    void temperaturesOutsideTheExperimentalRangeAreRefused() {
        assertThatThrownBy(() -> ThermalFactors.at(41)).hasMessageContaining("[0, 40] °C");
        assertThatThrownBy(() -> ThermalFactors.at(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
