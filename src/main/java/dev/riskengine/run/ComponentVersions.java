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
        String engine = ComponentVersions.class.getPackage().getImplementationVersion();
        versions.put("engine", engine == null ? "development build" : engine);
        versions.put("drools", mavenVersion("org.drools", "drools-core"));
        versions.put("poi", mavenVersion("org.apache.poi", "poi"));
        versions.put("java", System.getProperty("java.version"));
        return versions;
    }

    /** Libraries built by Maven carry their version in a pom.properties file, also inside the shaded jar. */
    private static String mavenVersion(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
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
