package org.freshview.internal.routing;

/**
 * Whether the path the router matches is the path the container mapped: the one its security
 * constraints and filter mappings were checked against. A view runs only when both agree, so a
 * spelling the container reads differently ({@code /app;x/admin}, {@code //admin},
 * {@code /admin;x/page} on a server that keeps the parameter) never reaches a view that a
 * constraint on the container's reading would not have covered.
 */
public final class MappedPath {

    private MappedPath() {
    }

    /**
     * Whether {@code rawPath}, decoded as the router decodes it, is {@code servletPath + pathInfo}.
     * A '/' that the router decoded from {@code %2F} inside a segment may stand as {@code %2F} in
     * the container's path (containers that keep it encoded) or as '/' (containers that decode it).
     *
     * @param rawPath     the raw path after the context path, as the router matched it
     * @param servletPath the request's servlet path, as the container mapped it
     * @param pathInfo    the request's path info, or {@code null}
     */
    public static boolean agrees(String rawPath, String servletPath, String pathInfo) {
        String servlet = servletPath == null ? "" : servletPath;
        String info = pathInfo == null ? "" : pathInfo;
        if (rawPath.isEmpty()) { // the context root without its slash
            String mapped = servlet + info;
            return mapped.isEmpty() || mapped.equals("/");
        }
        if (PathDecoder.isPlain(rawPath)) {
            // the common case, without allocation
            return rawPath.length() == servlet.length() + info.length()
                    && rawPath.startsWith(servlet) && rawPath.startsWith(info, servlet.length());
        }
        String[] segments = PathDecoder.segments(rawPath);
        if (segments == null) {
            return false;
        }
        String mapped = servlet + info;
        if (segments.length == 0) {
            return mapped.equals("/");
        }
        int at = 0;
        for (String segment : segments) {
            if (segment == null || at >= mapped.length() || mapped.charAt(at) != '/') {
                return false;
            }
            at++;
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '/' && mapped.regionMatches(true, at, "%2F", 0, 3)) {
                    at += 3;
                } else if (at < mapped.length() && mapped.charAt(at) == c) {
                    at++;
                } else {
                    return false;
                }
            }
        }
        return at == mapped.length();
    }
}
