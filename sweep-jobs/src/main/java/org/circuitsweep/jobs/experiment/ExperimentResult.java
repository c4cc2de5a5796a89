package org.circuitsweep.jobs.experiment;

import java.util.List;

import org.circuitsweep.jobs.job.ClassCounts;

/**
 * What an experiment run or resume did.
 *
 * @param output    the output directory
 * @param selected  base variants selected
 * @param units     units of the experiment (selected × levels)
 * @param unitsDone units committed after this run
 * @param chunksRun chunks simulated by this run
 * @param runCounts units kept and changed by this run, from the chunk summaries
 * @param levels    per level of every condition, over the whole table, counted by Spark SQL
 */
public record ExperimentResult(String output, long selected, long units, long unitsDone, int chunksRun,
                               ClassCounts runCounts, List<LevelCount> levels) {

    public ExperimentResult {
        levels = List.copyOf(levels);
    }

    public boolean complete() {
        return unitsDone == units;
    }

    /**
     * The units of one level and how many kept their class.
     *
     * @param condition    the perturbation argument's position
     * @param levelIndex   the level's position in its series
     * @param perturbation the level as text
     */
    public record LevelCount(int condition, int levelIndex, String perturbation, long units, long kept) {
    }
}
