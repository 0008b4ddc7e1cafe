package org.freshview.it.owb;

import org.freshview.it.EmbeddedTomcat;

/** {@link EmbeddedTomcat} with OpenWebBeans in place of Weld servlet. */
public class OwbTomcatServer extends EmbeddedTomcat {

    /**
     * OpenWebBeans 4.0.3 reads a WAR without {@code beans.xml} as an implicit bean archive
     * ({@code org.apache.webbeans.defaultBeanDiscoveryMode=ALL} only concerns an empty
     * {@code beans.xml}; the scan itself is not limited to archives with one), unlike Weld servlet.
     */
    @Override
    public boolean discoversBeansWithoutBeansXml() {
        return true;
    }
}
