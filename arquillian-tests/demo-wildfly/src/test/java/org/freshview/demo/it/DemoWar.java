package org.freshview.demo.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The demo WAR exactly as demo-war built it: no test classes added. */
final class DemoWar {

    private DemoWar() {
    }

    static WebArchive asBuilt() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, file());
    }

    static File file() {
        String path = System.getProperty("demo.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property demo.war must name the built demo WAR"
                    + " (the failsafe configuration sets it); found: " + path);
        }
        return new File(path);
    }
}
