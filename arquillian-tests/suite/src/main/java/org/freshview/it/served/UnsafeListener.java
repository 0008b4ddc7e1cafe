package org.freshview.it.served;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

@WebListener
public class UnsafeListener implements ServletRequestListener {

    private String address;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        address = event.getServletRequest().getRemoteAddr();
        event.getServletRequest().setAttribute("served.address", address);
    }
}
