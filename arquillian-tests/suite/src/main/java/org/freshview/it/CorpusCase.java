package org.freshview.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the adversarial corpus ({@code adversarial-corpus.txt} beside this class), with
 * what it must get besides the promises every response keeps ({@link CorpusPromises}).
 *
 * @param id       a short name, unique in the corpus
 * @param method   sent as is
 * @param target   the request target, {@code {ctx}} and {@code {host}} still in it
 * @param headers  header lines, one byte per character
 * @param body     the body, or null
 * @param status   the exact status expected on every server, or 0
 * @param location the exact Location expected, or null
 * @param depends  the issue item that must be merged before this case holds, or null
 */
record CorpusCase(String id, String method, String target, List<String> headers, byte[] body, int status,
                  String location, String depends) {

    private static final Pattern REPEAT = Pattern.compile("\\{([^{}*]+)\\*(\\d+)}");

    /** Reads the corpus: one case per line, fields separated by " | "; '#' starts a comment line. */
    static List<CorpusCase> load(String resource) {
        List<CorpusCase> cases = new ArrayList<>();
        try (InputStream in = CorpusCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No corpus " + resource + " beside " + CorpusCase.class.getName());
            }
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" \\| ", -1);
                if (fields.length != 8) {
                    throw new IllegalStateException(resource + " line " + number + " has " + fields.length
                            + " fields instead of 8: " + line);
                }
                cases.add(parse(fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static CorpusCase parse(String[] fields) {
        String id = fields[0].strip();
        List<String> headers = new ArrayList<>();
        if (!none(fields[3])) {
            for (String header : repeat(fields[3].strip()).split("\\\\n")) {
                headers.add(unescape(header));
            }
        }
        byte[] body = none(fields[4]) ? null : unescape(repeat(fields[4].strip())).getBytes(StandardCharsets.ISO_8859_1);
        int status = none(fields[5]) ? 0 : Integer.parseInt(fields[5].strip());
        String location = none(fields[6]) ? null : unescape(repeat(fields[6].strip()));
        String depends = none(fields[7]) ? null : fields[7].strip();
        return new CorpusCase(id, fields[1].strip(), unescape(repeat(fields[2].strip())), headers, body, status,
                location, depends);
    }

    private static boolean none(String field) {
        return field.strip().equals("-");
    }

    /** {@code {text*N}}: N copies of text. */
    private static String repeat(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        return m.appendTail(out).toString();
    }

    /** {@code \r \n \t \\ \xNN}: one character per byte. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'x' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    /** The target with the application's context path and the server's host:port filled in. */
    String target(URL base) {
        return fill(target, base);
    }

    List<String> headers(URL base) {
        return headers.stream().map(h -> fill(h, base)).toList();
    }

    String location(URL base) {
        return location == null ? null : fill(location, base);
    }

    private static String fill(String text, URL base) {
        String context = base.getPath().substring(0, base.getPath().length() - 1);
        return text.replace("{ctx}", context).replace("{host}", base.getHost() + ":" + base.getPort());
    }

    @Override
    public String toString() {
        String shown = target.length() > 100 ? target.substring(0, 100) + "...(" + target.length() + ")" : target;
        return id + " (" + method + " " + shown + ")";
    }
}
