package org.freshview.internal.cdi;

import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.WeldInitiator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Boots Weld SE with the Freshview extension and a few bean classes, as a WAR would. */
final class Boot {

    private Boot() {
    }

    static Weld weld(Class<?>... beanClasses) {
        return WeldInitiator.createWeld().addBeanClasses(beanClasses).addExtension(new ViewExtension());
    }

    /** Boots and shuts down again; fails the test if the boot fails. */
    static void succeeds(Weld weld) {
        try (WeldContainer container = weld.initialize()) {
            container.isRunning();
        }
    }

    /** The message of the definition error the boot fails with, causes included. */
    static String failsWithDefinitionError(Weld weld) {
        return messages(assertThrows(DefinitionException.class, weld::initialize));
    }

    /** The message of the deployment problem the boot fails with, causes included. */
    static String failsWithDeploymentProblem(Weld weld) {
        return messages(assertThrows(DeploymentException.class, weld::initialize));
    }

    static String messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(t.getMessage());
            Arrays.stream(t.getSuppressed()).map(Throwable::getMessage).forEach(messages::add);
        }
        return String.join("\n", messages);
    }

    static Weld withExtension(Weld weld, Extension extension) {
        return weld.addExtension(extension);
    }
}
