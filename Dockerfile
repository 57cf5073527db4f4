# The Country Risk Engine in a container: built with the Maven Wrapper on a JDK 17, run as a
# non-root user. docs/commands.md#windows-and-containers shows the two commands that use it.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# The wrapper and the pom first, so the dependency download is cached apart from source edits.
COPY mvnw pom.xml pom-core.xml ./
COPY spark/pom.xml spark/
COPY .mvn/ .mvn/
RUN ./mvnw -B -q -pl :country-risk-engine-core dependency:resolve
COPY src/main/ src/main/
COPY mappings/ mappings/
# The tests run in ./mvnw -B verify before an image is built, not inside the image build.
RUN ./mvnw -B -q -Dmaven.test.skip=true -pl :country-risk-engine-core package

FROM eclipse-temurin:17-jdk
RUN useradd --create-home --uid 10001 risk
WORKDIR /engine
COPY --from=build /build/target/country-risk-engine.jar /opt/risk/country-risk-engine.jar
# The sample workbook and the shipped rules, for a first run; mount your own over them.
COPY --chown=risk:risk inputs/ inputs/
COPY --chown=risk:risk rules/ rules/
RUN mkdir reports && chown risk:risk reports /engine
USER risk
VOLUME ["/engine/reports", "/engine/inputs", "/engine/rules"]
# The launcher's collector (see ./risk), and its heap bound as a share of the container's memory
# limit: half of it (./risk caps it at 1200 MB as well); the exec form passes the exit code on.
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-XX:MaxRAMPercentage=50", "-jar", "/opt/risk/country-risk-engine.jar"]
CMD ["--help"]
