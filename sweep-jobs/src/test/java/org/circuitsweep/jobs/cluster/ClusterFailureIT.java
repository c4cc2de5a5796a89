package org.circuitsweep.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;
import org.circuitsweep.jobs.support.ChildProcess;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failure semantics on a real Spark standalone cluster: {@code scripts/cluster up} starts a master
 * and two one-core worker JVMs on loopback, {@code scripts/sweep} drives sweeps on it. A worker
 * killed with SIGKILL while its tasks run, and a driver killed with SIGKILL and then resumed on
 * the cluster, must each end with every variant exactly once and rows bit-identical to a local[1]
 * run of the same spec. {@code scripts/cluster down} stops the cluster at the end; no process
 * may be left in its run directory.
 */
class ClusterFailureIT {

    private static final String SPEC = "cluster-random.yaml";
    private static final int VARIANTS = 2000;
    private static final int CHUNK_SIZE = 80;
    private static final int CHUNKS = VARIANTS / CHUNK_SIZE;

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    /** Under target/ rather than a temporary directory: the logs of a failed run stay to be read. */
    private static final Path WORK = ROOT.resolve("sweep-jobs/target/cluster-it");
    private static final Path LOGS = WORK.resolve("logs");
    private static final Path RUN_DIR = WORK.resolve("cluster");

    private static final Pattern SIMULATED = Pattern.compile("\\((\\d+) simulated by this run\\)");

    private static Path spec;
    private static String master;
    private static URI masterJson;
    private static boolean clusterStarted;
    /** Every child started, so that a failed test leaves none running. */
    private static final List<Process> CHILDREN = new ArrayList<>();
    private static List<String> reference;

    @BeforeAll
    static void startClusterAndRunReference() throws Exception {
        deleteTree(WORK);
        spec = TestSpecs.write(SPEC, WORK, 0);

        // The reference run overlaps the cluster's start, which is mostly JVMs waiting on each other.
        Path out = WORK.resolve("reference");
        Child local = sweep("reference", "run", spec.toString(), "--master", "local[1]", "--output", out.toString());
        int[] ports = freeLoopbackPorts(2);
        clusterStarted = true; // from here on, stopCluster runs `down`, which is idempotent
        cluster("up", "up", "--workers", "2", "--cores", "1", "--memory", "1g",
                "--port", String.valueOf(ports[0]), "--ui-port", String.valueOf(ports[1]), "--timeout", "180").awaitSuccess(240);
        master = "spark://127.0.0.1:" + ports[0];
        masterJson = URI.create("http://127.0.0.1:" + ports[1] + "/json/");

        local.awaitSuccess(300);
        reference = rows(out);
        assertThat(reference).hasSize(VARIANTS);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (Process p : CHILDREN) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        if (!clusterStarted) {
            return;
        }
        cluster("down", "down").awaitSuccess(120);
        // Executors are children of the workers, not in any PID file: they must be gone too.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!processesOfTheCluster().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(processesOfTheCluster()).as("processes left running in " + RUN_DIR).isEmpty();
    }

    @Test
    void aSweepCompletesWhenAWorkerIsKilledWhileItsTasksRun() throws Exception {
        assertThat(aliveWorkers()).as("alive workers before the kill").isEqualTo(2);
        Path out = WORK.resolve("worker-killed");
        Child driver = sweep("worker-killed", "run", spec.toString(), "--master", master, "--output", out.toString());

        driver.awaitFirstCommit(out);
        ProcessHandle worker = daemon("worker-1");
        worker.destroyForcibly(); // SIGKILL: no shutdown hook stops its executor or tells the master
        assertThat(worker.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(committed(out)).as("chunks committed right after the kill").isLessThan(CHUNKS);

        String stdout = driver.awaitSuccess(300);
        assertThat(stdout).contains(VARIANTS + " of " + VARIANTS + " variants done");
        assertThat(aliveWorkers()).as("alive workers after the kill").isEqualTo(1);
        assertRowsOfReference(out);
    }

    @Test
    void aResumeOnTheClusterCompletesASweepWhoseDriverWasKilled() throws Exception {
        Path out = WORK.resolve("driver-killed");
        Child driver = sweep("driver-killed", "run", spec.toString(), "--master", master, "--output", out.toString());

        driver.awaitFirstCommit(out);
        driver.process().destroyForcibly(); // SIGKILL of the driver JVM itself: scripts/sweep execs java
        assertThat(driver.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        int atKill = committed(out);
        assertThat(atKill).as("chunks committed when the driver was killed").isBetween(1, CHUNKS - 1);

        String stdout = sweep("resume", "resume", out.toString(), "--master", master).awaitSuccess(300);
        assertThat(stdout).contains(VARIANTS + " of " + VARIANTS + " variants done");
        Matcher simulated = SIMULATED.matcher(stdout);
        assertThat(simulated.find()).as(stdout).isTrue();
        assertThat(Long.parseLong(simulated.group(1))).as("variants simulated by the resume")
                .isBetween(1L, (long) VARIANTS - (long) atKill * CHUNK_SIZE);
        assertThat(out.resolve("models/_tmp")).doesNotExist();
        assertRowsOfReference(out);
    }

    /** Every variant exactly once, each row bit-identical to the local[1] run's (all columns). */
    private static void assertRowsOfReference(Path out) throws IOException {
        assertThat(committed(out)).isEqualTo(CHUNKS);
        assertThat(rows(out)).containsExactlyElementsOf(reference);
    }

    /**
     * The models table of an output as exact text, one line per row sorted by variant: every
     * column, doubles as the hex of their raw bits. Read with parquet-avro rather than Spark, so
     * this JVM starts no Spark session. Fails on a variant index outside [0, N) or seen twice.
     */
    private static List<String> rows(Path out) throws IOException {
        String[] lines = new String[VARIANTS];
        List<Path> files;
        try (Stream<Path> list = Files.list(out.resolve("models"))) {
            files = list.filter(f -> f.getFileName().toString().matches("chunk-\\d+\\.parquet")).sorted().toList();
        }
        for (Path file : files) {
            try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file)).build()) {
                for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
                    long variant = (Long) row.get("variant");
                    assertThat(variant).as("variant index in " + file).isBetween(0L, VARIANTS - 1L);
                    assertThat(lines[(int) variant]).as("variant " + variant + " seen twice, again in " + file).isNull();
                    lines[(int) variant] = text(row);
                }
            }
        }
        List<String> missing = LongStream.range(0, VARIANTS).filter(v -> lines[(int) v] == null)
                .mapToObj(String::valueOf).limit(10).toList();
        assertThat(missing).as("variants missing from " + out + " (first 10)").isEmpty();
        return List.of(lines);
    }

    private static String text(GenericRecord row) {
        StringBuilder b = new StringBuilder();
        for (Schema.Field f : row.getSchema().getFields()) {
            Object v = row.get(f.pos());
            b.append(f.name()).append('=')
                    .append(v instanceof Double d ? Long.toHexString(Double.doubleToRawLongBits(d)) : String.valueOf(v))
                    .append(' ');
        }
        return b.toString();
    }

    // ------------------------------------------------------------------------------- processes

    /** A child process and the name of its logs: {@code LOGS/<log>.out} and {@code .err}. */
    private record Child(String log, Process process) {

        String stderr() throws IOException {
            return Files.readString(LOGS.resolve(log + ".err"));
        }

        /** Waits for exit code 0 and returns what the process printed on stdout. */
        String awaitSuccess(int seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(log + " still running after " + seconds + " s; stderr:\n" + stderr());
            }
            assertThat(process.exitValue()).as(log + " exit code; stderr:\n" + stderr()).isZero();
            return Files.readString(LOGS.resolve(log + ".out"));
        }

        /** The moment to kill: the first chunk is committed, so tasks run and chunks remain. */
        void awaitFirstCommit(Path out) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (committed(out) < 1) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    fail(log + ": no chunk committed while the sweep ran; stderr:\n" + stderr());
                }
                Thread.sleep(20);
            }
        }
    }

    private static Child cluster(String log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("scripts/cluster").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--run-dir", RUN_DIR.toString()));
        String name = "cluster-" + log;
        return started(name, ChildProcess.logTo(new ProcessBuilder(command).directory(WORK.toFile()), LOGS, name));
    }

    /** {@code scripts/sweep}, told where the cluster's run directory is so that it finds the secret. */
    private static Child sweep(String log, String... args) throws IOException {
        ProcessBuilder b = ChildProcess.script(WORK, args);
        b.environment().put("SWEEP_CLUSTER_RUN_DIR", RUN_DIR.toString());
        return started(log, ChildProcess.logTo(b, LOGS, log));
    }

    private static Child started(String log, ProcessBuilder b) throws IOException {
        Process p = b.start();
        CHILDREN.add(p);
        return new Child(log, p);
    }

    /** A daemon of the cluster by its PID file, checked to be that JVM before anything kills it. */
    private static ProcessHandle daemon(String name) throws IOException {
        long pid = Long.parseLong(Files.readString(RUN_DIR.resolve(name + ".pid")).trim());
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name + " (pid " + pid + ") is not running"));
        assertThat(handle.info().arguments().map(List::of).orElse(List.of()))
                .contains("-Dcircuitsweep.cluster.run-dir=" + realRunDir());
        return handle;
    }

    /** The daemons and executors of the cluster: processes whose command line or working directory is in its run directory. */
    private static List<ProcessHandle> processesOfTheCluster() throws IOException {
        Path run = realRunDir();
        return ProcessHandle.allProcesses().filter(p -> {
            if (p.info().commandLine().orElse("").contains(run + File.separator)) {
                return true;
            }
            try {
                return Files.readSymbolicLink(Path.of("/proc", String.valueOf(p.pid()), "cwd")).startsWith(run);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false; // gone meanwhile, or not ours to inspect
            }
        }).toList();
    }

    /** The run directory as scripts/cluster names it (realpath). */
    private static Path realRunDir() throws IOException {
        return Files.exists(RUN_DIR) ? RUN_DIR.toRealPath() : RUN_DIR.toAbsolutePath();
    }

    private static int aliveWorkers() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(masterJson).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("aliveworkers").asInt();
    }

    // ------------------------------------------------------------------------------------ files

    private static int committed(Path out) {
        String[] names = new File(out.toFile(), "models").list((d, n) -> n.startsWith("chunk-") && n.endsWith(".parquet"));
        return names == null ? 0 : names.length;
    }

    private static int[] freeLoopbackPorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
