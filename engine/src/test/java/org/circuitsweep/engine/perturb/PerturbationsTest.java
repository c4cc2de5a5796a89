package org.circuitsweep.engine.perturb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text grammar: every form, canonical texts, series, composition and refused inputs. */
class PerturbationsTest {

    private static Perturbation one(String text) {
        Condition c = Perturbations.parseOne(text);
        assertThat(c.steps()).hasSize(1);
        return c.steps().get(0);
    }

    @Test
    void everyFormReadsToItsRecord() {
        assertThat(one("LP.gCaS*=0.5")).isEqualTo(new Perturbation.ScaleConductance("LP", "gCaS", 0.5));
        assertThat(one("gA*=0")).isEqualTo(new Perturbation.ScaleConductance("", "gA", 0));
        assertThat(one("PY.gH=0.02")).isEqualTo(new Perturbation.SetConductance("PY", "gH", 0.02));
        assertThat(one("gLeak=0.01")).isEqualTo(new Perturbation.SetConductance("", "gLeak", 0.01));
        assertThat(one("PYLP*=2")).isEqualTo(new Perturbation.ScaleSynapse("PYLP", 2));
        assertThat(one("LPPY=0")).isEqualTo(new Perturbation.SetSynapse("LPPY", 0));
        assertThat(one("remove=LP")).isEqualTo(new Perturbation.RemoveCell("LP"));
        assertThat(one("LP=LP3")).isEqualTo(new Perturbation.SwapCell("LP", "LP3"));
        assertThat(one("temperature=21")).isEqualTo(new Perturbation.Temperature(21));
        assertThat(one("dc=3")).isEqualTo(new Perturbation.Dc("", 3));
        assertThat(one("PY.dc=-1.5")).isEqualTo(new Perturbation.Dc("PY", -1.5));
        assertThat(one("step=6@5000")).isEqualTo(new Perturbation.Step("", 6, 5000));
        assertThat(one("LP.pulses=5,10,2@1000")).isEqualTo(new Perturbation.PulseTrain("LP", 5, 10, 2, 1000));
        assertThat(one("pulses=5,10,2")).isEqualTo(new Perturbation.PulseTrain("", 5, 10, 2, 0));
        assertThat(one("none")).isEqualTo(new Perturbation.None());
        assertThat(Perturbations.parseOne(" LP.gA*=0.5 ; none ").steps())
                .containsExactly(new Perturbation.ScaleConductance("LP", "gA", 0.5), new Perturbation.None());
    }

    @Test
    void kindTargetAndLevelDescribeEachPerturbation() {
        record Expected(String text, String kind, String target, double level) {
        }
        List<Expected> all = List.of(
                new Expected("LP.gCaS*=0.5", "scale_conductance", "LP.gCaS", 0.5),
                new Expected("gA*=0", "scale_conductance", "gA", 0),
                new Expected("PY.gH=0.02", "set_conductance", "PY.gH", 0.02),
                new Expected("PYLP*=2", "scale_synapse", "PYLP", 2),
                new Expected("LPPY=0", "set_synapse", "LPPY", 0),
                new Expected("remove=LP", "remove_cell", "LP", Double.NaN),
                new Expected("LP=LP3", "swap_cell", "LP", Double.NaN),
                new Expected("temperature=21", "temperature", "", 21),
                new Expected("PY.dc=-1.5", "dc", "PY", -1.5),
                new Expected("dc=3", "dc", "", 3),
                new Expected("step=6@5000", "step", "", 6),
                new Expected("LP.pulses=5,10,2@1000", "pulse_train", "LP", 5),
                new Expected("none", "none", "", Double.NaN));
        for (Expected e : all) {
            Perturbation p = one(e.text());
            assertThat(p.text()).as(e.text()).isEqualTo(e.text());
            assertThat(p.kind()).as(e.text()).isEqualTo(e.kind());
            assertThat(p.target()).as(e.text()).isEqualTo(e.target());
            assertThat(Double.valueOf(p.level())).as(e.text()).isEqualTo(Double.valueOf(e.level()));
            assertThat(one(p.text())).as("canonical text reads back").isEqualTo(p);
        }
    }

    @Test
    void canonicalTextsAreShort() {
        assertThat(one("gA*=1.0").text()).isEqualTo("gA*=1");
        assertThat(one("temperature=21.50").text()).isEqualTo("temperature=21.5");
        assertThat(one("LP.pulses=5,10,2@0").text()).isEqualTo("LP.pulses=5,10,2");
        assertThat(one("gNa*=1e-3").text()).isEqualTo("gNa*=0.001");
    }

    @Test
    void aSeriesMakesOneConditionPerLevelInOrder() {
        List<Condition> t = Perturbations.parse("temperature=7..27:2");
        assertThat(t).extracting(Condition::level)
                .containsExactly(7.0, 9.0, 11.0, 13.0, 15.0, 17.0, 19.0, 21.0, 23.0, 25.0, 27.0);
        assertThat(t).extracting(Condition::kind).containsOnly("temperature");
        assertThat(t.get(7).text()).isEqualTo("temperature=21");

        List<Condition> g = Perturbations.parse("gA*=0..1:0.25");
        assertThat(g).extracting(Condition::level).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(g).extracting(Condition::target).containsOnly("gA");
    }

    @Test
    void seriesLevelsDoNotAccumulateRoundingAndIncludeTheEnd() {
        List<Condition> c = Perturbations.parse("gNa*=0..1:0.1");
        assertThat(c).hasSize(11);
        for (int k = 0; k <= 10; k++) {
            // k/10 as the double nearest the decimal k·0.1, not the product of doubles
            assertThat(c.get(k).level()).isEqualTo(java.math.BigDecimal.valueOf(k, 1).doubleValue());
        }
        assertThat(c.get(3).level()).isEqualTo(0.3).isNotEqualTo(3 * 0.1);
        assertThat(c.get(3).text()).isEqualTo("gNa*=0.3");
        assertThat(Perturbations.parse("dc=0..0.3:0.1")).extracting(Condition::level).containsExactly(0.0, 0.1, 0.2, 0.3);
        assertThat(Perturbations.parse("dc=0..0.35:0.1")).hasSize(4);
        assertThat(Perturbations.parse("dc=1..1:0.5")).extracting(Condition::level).containsExactly(1.0);
    }

    @Test
    void stepsComposeInOrderAndTheSeriesMemberDescribesTheCondition() {
        List<Condition> c = Perturbations.parse("temperature=21; LP.gA*=0..1:0.5 ;LPPY=0");
        assertThat(c).hasSize(3);
        Condition middle = c.get(1);
        assertThat(middle.text()).isEqualTo("temperature=21;LP.gA*=0.5;LPPY=0");
        assertThat(middle.kind()).isEqualTo("scale_conductance");
        assertThat(middle.target()).isEqualTo("LP.gA");
        assertThat(middle.level()).isEqualTo(0.5);
        assertThat(middle.steps()).containsExactly(new Perturbation.Temperature(21),
                new Perturbation.ScaleConductance("LP", "gA", 0.5), new Perturbation.SetSynapse("LPPY", 0));

        Condition plain = Perturbations.parseOne("LPPY=0;temperature=21");
        assertThat(plain.kind()).isEqualTo("temperature");
        assertThat(plain.level()).isEqualTo(21.0);
    }

    @Test
    void stepAndPulseAmplitudesMayBeASeries() {
        assertThat(Perturbations.parse("step=0..6:3@5000")).extracting(Condition::text)
                .containsExactly("step=0@5000", "step=3@5000", "step=6@5000");
        assertThat(Perturbations.parse("LP.pulses=1..3:1,10,2")).extracting(Condition::level).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void noneIsTheNullCondition() {
        Condition none = Perturbations.parseOne("none");
        assertThat(none.kind()).isEqualTo("none");
        assertThat(none.target()).isEmpty();
        assertThat(none.level()).isNaN();
        assertThat(none.isNone()).isTrue();
        assertThat(none).isEqualTo(Condition.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "gFoo*=2", "LP.gFoo=1", "LP=LP9", "LP=abc", "temperature=50", "temperature=-3",
        "gA*=-1", "gA*=x", "gA*=0..1:0.5;temperature=7..27:2", "gA*=1..0:0.1", "gA*=0..1:0", "gA*=0..1e9:1",
        "step=3", "dc=3@100", "pulses=5,10", "pulses=5,600,2", "pulses=5,10,0", "remove=", "gA*=0;;none", "gNa=1e9",
        "LPPY=-1", "LPPY=20000", "gA*=NaN", "dc=2000", "step=3@-5", "=3", "gA*0.5", "LP.=3"})
    void badInputIsRefusedWithOneLineNamingTheTextAndTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Perturbations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n");
                    assertThat(e.getMessage()).startsWith("perturbation '" + text.strip() + "'");
                    assertThat(e.getMessage()).contains("accepted: [CELL.]gX*=F");
                });
    }

    @Test
    void messagesNameTheAllowedValues() {
        assertThatThrownBy(() -> Perturbations.parse("gFoo*=2")).hasMessageContaining("unknown conductance 'gFoo'")
                .hasMessageContaining("allowed: gNa, gCaT, gCaS, gA, gKCa, gKd, gH, gLeak");
        assertThatThrownBy(() -> Perturbations.parse("LP=LP9")).hasMessageContaining("unknown neuron 'LP9'")
                .hasMessageContaining("ABPD1");
        assertThatThrownBy(() -> Perturbations.parse("temperature=50")).hasMessageContaining("[0, 40] °C");
        assertThatThrownBy(() -> Perturbations.parse("gA*=0..1:0.5;temperature=7..27:2"))
                .hasMessageContaining("more than one series");
        assertThatThrownBy(() -> Perturbations.parseOne("gA*=0..1:0.5")).hasMessageContaining("a series is not allowed");
    }
}
