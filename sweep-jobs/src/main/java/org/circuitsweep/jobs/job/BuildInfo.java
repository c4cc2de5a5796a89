package org.circuitsweep.jobs.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts Maven filters into {@code build.properties}: the version of this build and its JVM flags. */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    /** The Maven project version, recorded with every sweep as its engine version. */
    public static String engineVersion() {
        return PROPERTIES.getProperty("engine.version");
    }

    /** The parent pom's {@code spark.jvm.flags}: what a JVM running our code on Spark needs. */
    public static String jvmFlags() {
        return PROPERTIES.getProperty("spark.jvm.flags").trim();
    }

    private static Properties load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/circuitsweep/jobs/build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing: build with Maven");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
