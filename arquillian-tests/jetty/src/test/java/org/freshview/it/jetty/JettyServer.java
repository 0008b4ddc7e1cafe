package org.freshview.it.jetty;

import org.freshview.it.EmbeddedServer;
import org.freshview.it.ParameterLimits;
import org.freshview.it.PathDecoding;
import org.freshview.it.SuspiciousPath;

import java.util.Map;

/** Embedded Jetty + Weld on 127.0.0.1:8180 (arquillian.xml); it refuses a broken percent-escape with its own 400 page. */
public class JettyServer extends EmbeddedServer {

    public JettyServer() {
        super(8180, PathDecoding.REFUSED_BY_THE_CONTAINER);
    }

    /** Jetty 12 refuses ambiguous and suspicious paths (encoded separators, dot segments, empty segments, escaped control characters, raw non-ASCII bytes) with its own 400 page. */
    @Override
    public Map<SuspiciousPath, Integer> answeredByTheContainer() {
        return Map.of(SuspiciousPath.ENCODED_SLASH, 400, SuspiciousPath.ENCODED_BACKSLASH, 400, SuspiciousPath.BACKSLASH, 400,
                SuspiciousPath.ENCODED_DOT_SEGMENT, 400, SuspiciousPath.DOT_SEGMENT_WITH_PARAMETER, 400,
                SuspiciousPath.EMPTY_SEGMENT, 400, SuspiciousPath.ENCODED_NUL, 400,
                SuspiciousPath.ENCODED_CONTROL, 400, SuspiciousPath.RAW_NON_ASCII, 400);
    }

    /** Jetty allows 1000 form keys (maxFormKeys) and throws when a form has more. */
    @Override
    public ParameterLimits parameterLimits() {
        return ParameterLimits.FORM_BY_THE_CONTAINER;
    }
}
