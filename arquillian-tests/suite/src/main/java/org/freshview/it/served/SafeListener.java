package org.freshview.it.served;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

@WebListener
public class SafeListener implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        String address = event.getServletRequest().getRemoteAddr();
        event.getServletRequest().setAttribute("served.address", address);
    }
}
