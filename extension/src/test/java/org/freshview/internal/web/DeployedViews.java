package org.freshview.internal.web;

import jakarta.enterprise.context.control.RequestContextController;
import org.freshview.internal.cdi.ViewExtension;
import org.freshview.internal.routing.TrailingSlash;
import org.freshview.testsupport.FakeHttpRequest;
import org.freshview.testsupport.FakeHttpResponse;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Views deployed as in a WAR at {@value #CONTEXT_PATH}, without a servlet container: Weld SE with
 * the Freshview extension, and the dispatcher the filter would call, fed with fake requests.
 */
final class DeployedViews implements AutoCloseable {

    static final String CONTEXT_PATH = "/app";

    private final WeldContainer container;
    private final Dispatcher dispatcher;
    private final RequestContextController requests;

    private DeployedViews(Class<?>... beanClasses) {
        container = new Weld().disableDiscovery().addBeanClasses(beanClasses).addExtension(new ViewExtension()).initialize();
        dispatcher = container.getBeanManager().getExtension(ViewExtension.class).dispatcher()
                .forApplication(CONTEXT_PATH, TrailingSlash.REDIRECT);
        requests = container.select(RequestContextController.class).get();
    }

    /** Deploys these views (and other beans: engines, services). */
    static DeployedViews of(Class<?>... beanClasses) {
        return new DeployedViews(beanClasses);
    }

    /** The bean of this class, for a test that checks what a handler did. */
    <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    /** What the filter does with the request, in a request context of its own; a request no view takes is answered 404 here. */
    FakeHttpResponse send(FakeHttpRequest request) throws Exception {
        FakeHttpResponse response = new FakeHttpResponse();
        if (!handles(request, response)) {
            throw new AssertionError("No view took " + request.request().getMethod() + " " + request.request().getRequestURI());
        }
        return response;
    }

    /** Whether a view took the request (else the filter passes it down the chain). */
    boolean handles(FakeHttpRequest request, FakeHttpResponse response) throws Exception {
        requests.activate();
        try {
            return dispatcher.dispatch(request.request(), response.response());
        } finally {
            requests.deactivate();
        }
    }

    @Override
    public void close() {
        container.close();
    }

    /** The messages one logger writes while open (System.Logger goes to java.util.logging here). */
    static final class Log extends Handler implements AutoCloseable {

        private final Logger logger;
        private final List<LogRecord> records = new ArrayList<>();

        Log(Class<?> loggingClass) {
            logger = Logger.getLogger(loggingClass.getName());
            logger.addHandler(this);
        }

        List<LogRecord> at(Level level) {
            return records.stream().filter(r -> r.getLevel() == level).toList();
        }

        @Override
        public synchronized void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
