package dev.riskengine.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of the engine and the libraries that decide its results, for the manifest. */
final class ComponentVersions {
    private ComponentVersions() { }

    static Map<String, String> current() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("engine", engineVersion());
        versions.put("drools", mavenVersion("org.drools", "drools-core"));
        // POI is built with Gradle: its jar has no pom.properties, and the shaded jar's manifest is
        // the engine's own, so POI's Implementation-Version is lost there; its Version class keeps it.
        versions.put("poi", org.apache.poi.Version.getVersion());
        versions.put("java", System.getProperty("java.version"));
        return versions;
    }

    /**
     * The jar's manifest carries the engine's version; run from compiled classes (tests, an IDE)
     * there is no jar manifest, and the version comes from a resource the build fills in.
     */
    private static String engineVersion() {
        String fromJar = ComponentVersions.class.getPackage().getImplementationVersion();
        if (fromJar != null) {
            return fromJar;
        }
        return versionIn("engine.properties");
    }

    /** Libraries built by Maven carry their version in a pom.properties file, also inside the shaded jar. */
    private static String mavenVersion(String groupId, String artifactId) {
        return versionIn("/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties");
    }

    /** The {@code version} property of a properties resource, or "unknown" when there is none. */
    private static String versionIn(String resource) {
        try (InputStream in = ComponentVersions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
