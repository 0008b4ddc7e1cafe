package org.freshview.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README and the guide as a reader follows them: every relative link reaches a file, every
 * {@code #anchor} a heading of that file (GitHub's anchors, which the site gets too), every
 * {@code apidocs/} link a class of the public API. (That the message catalog lists every FV- id
 * the code defines, and no other, is extension's MessageCatalogTest.)
 */
class DocsLinksTest {

    private static final Path ROOT = Path.of(System.getProperty("freshview.root", "..")).toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\n]*`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+?)\\s*$");

    @Test
    void every_relative_link_and_anchor_in_the_readme_and_the_guide_leads_somewhere() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher link = LINK.matcher(withoutCode(read(page)));
            while (link.find()) {
                String problem = problem(page, link.group(2));
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + ": [" + link.group(1) + "](" + link.group(2) + ") " + problem);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void the_haproxy_configuration_in_the_guide_is_the_one_the_test_runs() throws IOException {
        String file = read(ROOT.resolve("arquillian-tests/demo-wildfly/src/test/haproxy/haproxy.cfg"));
        String page = read(ROOT.resolve("docs/several-instances.md"));
        Matcher block = Pattern.compile("(?ms)^```\n(global\n.*?)^```").matcher(page);
        assertTrue(block.find(), "docs/several-instances.md shows a configuration starting with 'global'");
        String shown = block.group(1);
        String expected = file.substring(file.indexOf("global\n"));
        assertEquals(expected, shown);
    }

    @Test
    void the_checker_finds_a_missing_file_and_a_missing_anchor() throws IOException {
        Path guide = ROOT.resolve("docs/index.md");
        assertEquals(null, problem(guide, "faq.md"));
        assertEquals(null, problem(guide, "guarantees.md#a-view-is-never-shared-fv-1xx-deployment-errors"));
        assertEquals("(no such file)", problem(guide, "no-such-page.md"));
        assertEquals("(no heading #no-such-heading in docs/faq.md)", problem(guide, "faq.md#no-such-heading"));
        assertEquals("(no class org.freshview.NoSuchThing in the public API's sources)",
                problem(guide, "apidocs/org/freshview/NoSuchThing.html"));
    }

    @Test
    void headings_get_the_anchors_github_gives_them() {
        GithubAnchors anchors = new GithubAnchors();
        assertEquals("a-view-is-never-shared-fv-1xx-deployment-errors",
                anchors.next("A view is never shared (FV-1xx, deployment errors)"));
        assertEquals("the-demos-tests", anchors.next(GithubAnchors.markdownHeadingText("The demo's tests")));
        assertEquals("cdi-lite-and-build-compatible-extensions", anchors.next("CDI Lite and build-compatible extensions"));
        assertEquals("results", anchors.next("Results"));
        assertEquals("results-1", anchors.next("Results"));
    }

    @Test
    void the_site_gets_github_anchors_and_links_out_of_the_guide_lead_to_the_repository() {
        String doxia = "<section><a id=\"A_view_is_never_shared_.28FV-1xx.2C_deployment_errors.29\"></a>\n"
                + "<h2>A view is never shared (FV-1xx, deployment errors)</h2>";
        assertEquals("<section><a id=\"A_view_is_never_shared_.28FV-1xx.2C_deployment_errors.29\"></a>\n"
                        + "<a id=\"a-view-is-never-shared-fv-1xx-deployment-errors\"></a>"
                        + "<h2>A view is never shared (FV-1xx, deployment errors)</h2>",
                SiteAnchors.withGithubAnchors(doxia));
        assertEquals("<a href=\"https://example.org/r/benchmarks/README.md#load\">",
                SiteAnchors.withRepositoryLinks("<a href=\"../benchmarks/README.html#load\">", "https://example.org/r/"));
        assertEquals("<a href=\"faq.html\">", SiteAnchors.withRepositoryLinks("<a href=\"faq.html\">", "https://example.org/r/"));
    }

    /** Why a link from this page is broken, or null. */
    private static String problem(Path page, String target) throws IOException {
        if (target.matches("^[a-z]+:.*")) {
            return null; // https:, mailto: are not checked here
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        if (path.startsWith("apidocs/")) {
            return apidocsProblem(path);
        }
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!Files.exists(file)) {
            return "(no such file)";
        }
        if (anchor != null && file.toString().endsWith(".md") && !anchors(file).contains(anchor)) {
            return "(no heading #" + anchor + " in " + ROOT.relativize(file) + ")";
        }
        return null;
    }

    /** The Javadoc is built with the site: a link to a class page needs the class in the sources. */
    private static String apidocsProblem(String path) {
        String page = path.substring("apidocs/".length());
        if (page.equals("index.html")) {
            return null;
        }
        String type = page.replaceAll("\\.html$", "");
        for (String module : List.of("extension", "testkit")) {
            if (Files.exists(ROOT.resolve(module).resolve("src/main/java").resolve(type + ".java"))) {
                return null;
            }
        }
        return "(no class " + type.replace('/', '.') + " in the public API's sources)";
    }

    private static Set<String> anchors(Path markdown) throws IOException {
        GithubAnchors anchors = new GithubAnchors();
        Set<String> all = new HashSet<>();
        Matcher heading = HEADING.matcher(FENCE.matcher(read(markdown)).replaceAll(""));
        while (heading.find()) {
            all.add(anchors.next(GithubAnchors.markdownHeadingText(heading.group(1))));
        }
        return all;
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertTrue(pages.size() > 10, "the guide's pages are missing: " + pages);
        return pages;
    }

    private static String withoutCode(String markdown) {
        return CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
