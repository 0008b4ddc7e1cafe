package org.freshview.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs after the Maven site is rendered (exec:java in the docs module) and makes the pages'
 * links work as they do on GitHub. Doxia names a heading's anchor after its text in its own way
 * ({@code What_Freshview_guarantees}), while the Markdown links use GitHub's
 * ({@code #what-freshview-guarantees}): each heading gets GitHub's anchor too. Links that leave
 * the guide ({@code ../benchmarks/README.md}, which Doxia made {@code .html}) point to the file
 * in the repository instead.
 */
public final class SiteAnchors {

    private static final Pattern HEADING = Pattern.compile("(<a id=\"[^\"]*\"></a>\\s*)(<h[1-6][^>]*>)(.*?)(</h[1-6]>)",
            Pattern.DOTALL);
    private static final Pattern OUTSIDE_LINK = Pattern.compile("href=\"\\.\\./([^\"#]*?)(\\.html)?(#[^\"]*)?\"");

    private SiteAnchors() {
    }

    /**
     * Rewrites the guide's HTML pages in place.
     *
     * @param args the site directory and the repository's URL for files, such as
     *             {@code https://github.com/o/r/blob/main/}
     * @throws IOException when a page cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        String repository = args[1];
        try (Stream<Path> pages = Files.list(site)) {
            pages.filter(page -> page.toString().endsWith(".html")).forEach(page -> rewrite(page, repository));
        }
    }

    private static void rewrite(Path page, String repository) {
        try {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Files.writeString(page, withRepositoryLinks(withGithubAnchors(html), repository), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withGithubAnchors(String html) {
        GithubAnchors anchors = new GithubAnchors();
        Matcher heading = HEADING.matcher(html);
        StringBuilder out = new StringBuilder();
        while (heading.find()) {
            String text = unescape(heading.group(3).replaceAll("<[^>]*>", ""));
            String anchor = "<a id=\"" + anchors.next(text) + "\"></a>";
            heading.appendReplacement(out, Matcher.quoteReplacement(
                    heading.group(1) + anchor + heading.group(2) + heading.group(3) + heading.group(4)));
        }
        heading.appendTail(out);
        return out.toString();
    }

    static String withRepositoryLinks(String html, String repository) {
        Matcher link = OUTSIDE_LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            // Doxia turned a link to a Markdown file into .html; in the repository it is the .md
            String file = link.group(1) + (link.group(2) == null ? "" : ".md");
            String fragment = link.group(3) == null ? "" : link.group(3);
            link.appendReplacement(out, Matcher.quoteReplacement("href=\"" + repository + file + fragment + "\""));
        }
        link.appendTail(out);
        return out.toString();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
