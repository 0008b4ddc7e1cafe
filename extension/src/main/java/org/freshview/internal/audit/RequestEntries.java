package org.freshview.internal.audit;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The methods a request can start in on a shared instance; the audit follows their calls. On a
 * servlet, filter or listener, the methods the container calls per request. On any other shared
 * class, every non-private method but what configures the instance: constructors,
 * {@code @PostConstruct}/{@code @Inject} methods, lifecycle callbacks and what only they call,
 * and, on a Spring bean, its setters. Starting anywhere else either misses writes (a request does
 * call it) or reports configuration as request work (the false positives of docs/audit-results.md).
 */
final class RequestEntries {

    private static final Set<String> INITIALIZERS = Stream.concat(
            EeNames.descriptors("annotation.PostConstruct", "annotation.PreDestroy", "inject.Inject").stream(),
            Stream.of("Lorg/springframework/beans/factory/annotation/Autowired;")).collect(Collectors.toUnmodifiableSet());

    /**
     * Servlet, filter, context listener and container initializer lifecycle methods that the
     * container calls once, outside requests, and their Spring and Struts 1 counterparts. A class
     * that is a listener and an initializer at once (Weld's {@code EnhancedListener}) keeps its
     * state from {@code onStartup}.
     */
    private static final Set<String> LIFECYCLE = Stream.concat(EeNames.signatures(
            "init(L%s/servlet/ServletConfig;)V", "init(L%s/servlet/FilterConfig;)V",
            "contextInitialized(L%s/servlet/ServletContextEvent;)V",
            "contextDestroyed(L%s/servlet/ServletContextEvent;)V",
            "onStartup(Ljava/util/Set;L%s/servlet/ServletContext;)V",
            "setServletContext(L%s/servlet/ServletContext;)V", "setServletConfig(L%s/servlet/ServletConfig;)V").stream(),
            Stream.of("init()V", "destroy()V", "afterPropertiesSet()V",
                    "setApplicationContext(Lorg/springframework/context/ApplicationContext;)V",
                    "setBeanFactory(Lorg/springframework/beans/factory/BeanFactory;)V",
                    "setBeanName(Ljava/lang/String;)V", "setBeanClassLoader(Ljava/lang/ClassLoader;)V",
                    "setEnvironment(Lorg/springframework/core/env/Environment;)V",
                    "setResourceLoader(Lorg/springframework/core/io/ResourceLoader;)V",
                    "setMessageSource(Lorg/springframework/context/MessageSource;)V",
                    "setApplicationEventPublisher(Lorg/springframework/context/ApplicationEventPublisher;)V",
                    "setServlet(Lorg/apache/struts/action/ActionServlet;)V")).collect(Collectors.toUnmodifiableSet());

    /** What a servlet container calls per request on a servlet, a filter and a request or session listener. */
    private static final Set<String> CONTAINER_REQUEST_METHODS = Set.of(
            "service", "doGet", "doPost", "doPut", "doDelete", "doHead", "doOptions", "doTrace", "doPatch",
            "getLastModified", "doFilter", "requestInitialized", "requestDestroyed", "sessionCreated",
            "sessionDestroyed", "sessionIdChanged", "attributeAdded", "attributeRemoved", "attributeReplaced");

    private RequestEntries() {
    }

    /** The entry points of the shared class, in hierarchy and declaration order. */
    static List<MethodNode> of(SharedClass shared, ClassHierarchy hierarchy, CallGraph calls) {
        List<MethodNode> roots = new ArrayList<>();
        if (hierarchy.servletComponent()) {
            for (ClassNode node : hierarchy.classes()) {
                for (MethodNode method : node.methods) {
                    if (isContainerRequestMethod(method)) {
                        roots.add(method);
                    }
                }
            }
            return roots;
        }
        Set<MethodNode> initOnly = calls.reachableFrom(initializers(hierarchy));
        // a protected or package method the class calls itself runs where it calls it (perhaps holding a lock)
        Set<MethodNode> calledInside = calls.calledInHierarchy();
        // on a Spring bean, setters and the public methods its constructor calls configure it
        // (CAS's LogoutConversionService#addConverter, docs/audit-results.md)
        boolean settersConfigure = shared.configuredBy().contains(SharedClass.SETTERS) && !hierarchy.struts2Action();
        for (ClassNode node : hierarchy.classes()) {
            for (MethodNode method : node.methods) {
                if (isRequestEntry(method) && !(initOnly.contains(method) && (!isPublic(method) || settersConfigure))
                        && !(!isPublic(method) && calledInside.contains(method))
                        && !(settersConfigure && isSetter(method))
                        && !shared.configuredBy().contains(method.name)) {
                    roots.add(method);
                }
            }
        }
        return roots;
    }

    private static List<MethodNode> initializers(ClassHierarchy hierarchy) {
        List<MethodNode> found = new ArrayList<>();
        for (ClassNode node : hierarchy.classes()) {
            for (MethodNode method : node.methods) {
                if (method.name.equals("<init>") || method.name.equals("<clinit>") || isInitializer(method)) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    private static boolean isInitializer(MethodNode method) {
        return ClassHierarchy.annotatedWithAny(method.visibleAnnotations, INITIALIZERS)
                || LIFECYCLE.contains(method.name + method.desc);
    }

    private static boolean isRequestEntry(MethodNode method) {
        int access = method.access;
        return (access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT
                | Opcodes.ACC_NATIVE | Opcodes.ACC_BRIDGE)) == 0
                && !method.name.startsWith("<") && !isInitializer(method);
    }

    /**
     * The methods a servlet container calls on a servlet, filter or listener for a request; the
     * container calls nothing else during requests, so other methods run in a request only when
     * these call them (which the walk follows). A setter, a lazy getter or a protected hook of a
     * framework superclass is configuration: found in hawtio's LoginServlet#setRedirector and
     * Spring's GenericFilterBean#addRequiredProperty (docs/audit-results.md).
     */
    private static boolean isContainerRequestMethod(MethodNode method) {
        return (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_BRIDGE)) == 0
                && CONTAINER_REQUEST_METHODS.contains(method.name);
    }

    /**
     * {@code setX(value)}: on a Spring bean it is setter injection, configuration before any
     * request: found in Spring Cloud Config's EnvironmentController and in most of CAS's XML
     * beans (docs/audit-results.md). Not so for a Struts 2 action that Spring keeps as a
     * singleton: Struts calls its setters with each request's parameters.
     */
    private static boolean isSetter(MethodNode method) {
        return method.name.length() > 3 && method.name.startsWith("set") && Character.isUpperCase(method.name.charAt(3))
                && method.desc.endsWith(")V") && Type.getArgumentTypes(method.desc).length == 1;
    }

    private static boolean isPublic(MethodNode method) {
        return (method.access & Opcodes.ACC_PUBLIC) != 0;
    }
}
