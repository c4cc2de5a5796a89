package org.circuitsweep.jobs.job;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;

import scala.Option;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Counts the models of a sweep job as Spark reports them: finished tasks from their accumulator
 * updates, running tasks from the accumulator values their executors' heartbeats carry. A chunk
 * that succeeds twice (a speculative copy) counts once. Holds a bit per partition and an entry per
 * running task. Events arrive on Spark's listener thread and {@link #snapshot()} is read by the
 * progress line's thread, hence the locking.
 */
public final class ProgressListener extends SparkListener {

    private final List<String> labels;
    private final Map<Long, Integer> classOfAccumulator = new HashMap<>();
    private final BitSet finishedPartitions = new BitSet();
    private final ClassCounts finished;
    private final Map<Long, ClassCounts> running = new HashMap<>();

    /** @param perClass the job's accumulators, one per class of {@code labels}, in that order */
    public ProgressListener(List<String> labels, LongAccumulator[] perClass) {
        this.labels = List.copyOf(labels);
        this.finished = new ClassCounts(labels);
        for (int c = 0; c < perClass.length; c++) {
            classOfAccumulator.put(perClass[c].id(), c);
        }
    }

    /** Variants simulated so far by this job, including the partial counts of running tasks. */
    public synchronized ClassCounts snapshot() {
        ClassCounts total = new ClassCounts(labels);
        total.addAll(finished);
        running.values().forEach(total::addAll);
        return total;
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        running.remove(end.taskInfo().taskId());
        ClassCounts counts = counts(end.taskInfo().accumulables());
        int partition = end.taskInfo().index();
        if (counts != null && end.taskInfo().successful() && !finishedPartitions.get(partition)) {
            finishedPartitions.set(partition);
            finished.addAll(counts);
        }
    }

    @Override
    public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
                : CollectionConverters.asJava(update.accumUpdates())) {
            ClassCounts counts = counts(task._4());
            if (counts != null) {
                running.put((Long) task._1(), counts);
            }
        }
    }

    /** The counts a task reported through this job's accumulators, or null if it reported none. */
    private ClassCounts counts(scala.collection.Seq<AccumulableInfo> infos) {
        ClassCounts counts = null;
        for (AccumulableInfo info : CollectionConverters.asJava(infos)) {
            Integer c = classOfAccumulator.get(info.id());
            Option<Object> value = info.update();
            if (c != null && value.isDefined()) {
                counts = counts == null ? new ClassCounts(labels) : counts;
                counts.add(c, ((Number) value.get()).longValue());
            }
        }
        return counts;
    }
}
