package org.freshview.it.served;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;

/** Declared in web.xml only: no annotation names it a listener. */
public class XmlListener implements ServletRequestListener {

    private String protocol;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        protocol = event.getServletRequest().getProtocol();
        event.getServletRequest().setAttribute("served.protocol", protocol);
    }
}
