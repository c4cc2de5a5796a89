package org.circuitsweep.jobs.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Starts real JVMs and scripts the way users do, with the test suite's classpath. */
public final class ChildProcess {

    private ChildProcess() {
    }

    /** The classpath of this test JVM (surefire's, not its booter jar). */
    public static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** The parent pom's spark.jvm.flags, as the build filtered them into build.properties. */
    public static List<String> jvmFlags() {
        try (InputStream in = ChildProcess.class.getResourceAsStream("/org/circuitsweep/jobs/build.properties")) {
            Properties p = new Properties();
            p.load(in);
            return Arrays.asList(p.getProperty("spark.jvm.flags").trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A builder of {@code java <flags> -cp <test classpath> org.circuitsweep.jobs.cli.Main args}. */
    public static ProcessBuilder cli(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        command.add("-Xmx512m");
        command.add("-Dspark.kryo.registrationRequired=true");
        command.add("-cp");
        command.add(classpath());
        command.add("org.circuitsweep.jobs.cli.Main");
        command.addAll(List.of(args));
        return withSparkEnv(new ProcessBuilder(command).directory(workDir.toFile()));
    }

    /** A builder of {@code scripts/sweep args} run with this suite's classpath (no build). */
    public static ProcessBuilder script(Path workDir, String... args) {
        Path script = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent().resolve("scripts/sweep");
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder b = withSparkEnv(new ProcessBuilder(command).directory(workDir.toFile()));
        b.environment().put("SWEEP_CLASSPATH", classpath());
        b.environment().put("SWEEP_JAVA_OPTS", "-Xmx512m -Dspark.kryo.registrationRequired=true");
        return b;
    }

    /** Loopback only, and Spark's scratch space in the test's directory: a killed child cannot clean its own. */
    private static ProcessBuilder withSparkEnv(ProcessBuilder b) {
        b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        b.environment().put("SPARK_LOCAL_DIRS", b.directory().toPath().resolve("spark-local").toString());
        return b;
    }

    /** Redirects the child's output into files of {@code dir} so a full pipe never blocks it. */
    public static ProcessBuilder logTo(ProcessBuilder b, Path dir, String name) {
        dir.toFile().mkdirs();
        return b.redirectOutput(new File(dir.toFile(), name + ".out")).redirectError(new File(dir.toFile(), name + ".err"));
    }
}
