package org.freshview.it.served;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;

/** Declared in web.xml only, and keeps nothing between requests. */
public class SafeXmlListener implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        String protocol = event.getServletRequest().getProtocol();
        event.getServletRequest().setAttribute("served.protocol", protocol);
    }
}
