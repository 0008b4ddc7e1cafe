package org.freshview.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.freshview.audit.Main;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Audits the project's WAR, jar or classes for shared request state, as {@code freshview-audit}
 * does on the command line: fields of servlets, filters, listeners, singleton REST resources and
 * providers, CDI {@code @ApplicationScoped}/{@code @Singleton} beans, Spring singletons and Struts 1
 * actions that requests write.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.freshview</groupId>
 *   <artifactId>freshview-maven-plugin</artifactId>
 *   <executions><execution><goals><goal>audit</goal></goals></execution></executions>
 *   <configuration><failOnFindings>true</failOnFindings></configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AuditMojo extends AbstractMojo {

    /** The WAR, EAR, jar or directory to audit; when it does not exist, the project's classes. */
    @Parameter(property = "freshview.audit.target",
            defaultValue = "${project.build.directory}/${project.build.finalName}.${project.packaging}")
    private File target;

    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    private File classes;

    /** Fail the build when there are findings (not accepted by the baseline). */
    @Parameter(property = "freshview.audit.failOnFindings", defaultValue = "false")
    private boolean failOnFindings;

    /** {@code text} (into the build log) or {@code sarif} (into {@link #sarifFile}). */
    @Parameter(property = "freshview.audit.format", defaultValue = "text")
    private String format;

    /** Where the SARIF report goes. */
    @Parameter(property = "freshview.audit.sarifFile", defaultValue = "${project.build.directory}/freshview-audit.sarif")
    private File sarifFile;

    /** Accepted findings, one {@code com.example.Class#field} per line. */
    @Parameter(property = "freshview.audit.baseline")
    private File baseline;

    /** Package prefixes to audit; empty: every package of the project. */
    @Parameter
    private List<String> packages = new ArrayList<>();

    /** Audit the classes of WEB-INF/lib too. */
    @Parameter(property = "freshview.audit.includeLibraries", defaultValue = "false")
    private boolean includeLibraries;

    @Parameter(property = "freshview.audit.skip", defaultValue = "false")
    private boolean skip;

    /** Made by Maven. */
    public AuditMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Freshview audit skipped");
            return;
        }
        File audited = target != null && target.exists() ? target : classes;
        if (audited == null || !audited.exists()) {
            getLog().info("Freshview audit: nothing to audit (no " + target + " and no " + classes + ")");
            return;
        }
        List<String> args = new ArrayList<>(List.of(audited.getPath(), "--format", format));
        if (format.equals("sarif")) {
            args.addAll(List.of("--output", sarifFile.getPath()));
            sarifFile.getParentFile().mkdirs();
        }
        if (failOnFindings) {
            args.add("--fail-on-findings");
        }
        if (baseline != null) {
            args.addAll(List.of("--baseline", baseline.getPath()));
        }
        if (includeLibraries) {
            args.add("--include-libraries");
        }
        for (String prefix : packages) {
            args.addAll(List.of("--package", prefix));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        log(out.toString(StandardCharsets.UTF_8), status == 0);
        log(err.toString(StandardCharsets.UTF_8), status == 0);
        if (status == 1) {
            throw new MojoFailureException("Freshview audit: requests write shared state (see the findings above)."
                    + " Fix them, or accept them in a baseline file (<baseline>).");
        }
        if (status != 0) {
            throw new MojoExecutionException("Freshview audit did not run on " + audited + " (see the error above)");
        }
    }

    private void log(String text, boolean clean) {
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (clean || line.startsWith("Freshview audit of")) {
                getLog().info(line);
            } else {
                getLog().error(line);
            }
        }
    }
}
