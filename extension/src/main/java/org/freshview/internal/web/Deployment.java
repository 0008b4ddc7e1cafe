package org.freshview.internal.web;

import org.freshview.internal.audit.AuditMode;
import org.freshview.internal.audit.SharedClass;
import org.freshview.internal.diagnostics.Diagnostic;

import java.util.Collection;
import java.util.List;

/**
 * What the CDI extension built while the container booted, as the servlet side needs it when the
 * application starts. Declared here and implemented by the extension
 * ({@code org.freshview.internal.cdi}), so that the extension depends on this package and this
 * package does not name it: the filter and the start-up listener find the implementation as a
 * bean of this type ({@link ApplicationBeanManager#deployment}), which every portable extension is for each of its interfaces (CDI 4.0,
 * 11.5, "The bean types of this bean include the class of the service provider and all
 * superclasses and interfaces").
 */
public interface Deployment {

    /**
     * The dispatcher built at deployment.
     *
     * @return the dispatcher, or {@code null} if deployment failed
     */
    Dispatcher dispatcher();

    /**
     * Audits the classes the servlet container serves, given by the web layer when the application
     * starts, in the mode of the complete settings.
     *
     * @param served the classes the servlet container serves, each with its role
     * @param mode   the audit mode, read from the settings with context parameters
     * @return the findings that must stop the start
     */
    List<Diagnostic> auditServedClasses(Collection<SharedClass> served, AuditMode mode);

}
