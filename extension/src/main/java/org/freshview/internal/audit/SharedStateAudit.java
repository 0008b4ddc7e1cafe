package org.freshview.internal.audit;

import org.freshview.internal.diagnostics.Diagnostic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the instance fields of a shared request handler that requests write. Reads the class
 * files of the handler and its application superclasses and follows every method a request can
 * run: the non-private methods, and the private methods and lambdas they call. Constructors,
 * {@code @PostConstruct}/{@code @Inject} methods, servlet and filter {@code init} and what only
 * they call are initialisation and are not followed.
 *
 * <p>Not a finding: fields of thread-safe types or only ever assigned thread-safe values,
 * injected fields, fields and classes annotated {@code @SharedStateReviewed}, and a volatile
 * field assigned under a lock after a null check (double-checked lazy initialisation).
 *
 * <pre>{@code
 * List<Diagnostic> findings = new SharedStateAudit().audit(
 *         new SharedHandler("com.example.CounterResource", loader, "an @ApplicationScoped Jakarta REST resource (one instance for all requests)"));
 * }</pre>
 */
public final class SharedStateAudit {

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    private static final String REVIEWED = "SharedStateReviewed;";
    private static final Set<String> PATH = EeNames.descriptors("ws.rs.Path");

    /** Fields the container or Spring fills before requests come. */
    private static final Set<String> INJECTED = union(
            EeNames.descriptors("inject.Inject", "ws.rs.core.Context", "annotation.Resource",
                    "persistence.PersistenceContext", "persistence.PersistenceUnit", "ejb.EJB"),
            Set.of("Lorg/eclipse/microprofile/config/inject/ConfigProperty;",
                    "Lorg/eclipse/microprofile/rest/client/inject/RestClient;",
                    "Lorg/springframework/beans/factory/annotation/Autowired;",
                    "Lorg/springframework/beans/factory/annotation/Value;"));

    private static final Set<String> INITIALIZERS = union(
            EeNames.descriptors("annotation.PostConstruct", "annotation.PreDestroy", "inject.Inject"),
            Set.of("Lorg/springframework/beans/factory/annotation/Autowired;"));

    private static final Map<String, String> REQUEST_PARAMS = requestParams(
            "PathParam", "QueryParam", "HeaderParam", "CookieParam", "FormParam", "MatrixParam", "BeanParam");

    /**
     * Servlet, filter, context listener and container initializer lifecycle methods that the
     * container calls once, outside requests, and their Spring and Struts 1 counterparts. A class
     * that is a listener and an initializer at once (Weld's {@code EnhancedListener}) keeps its
     * state from {@code onStartup}.
     */
    private static final Set<String> LIFECYCLE = union(EeNames.signatures(
            "init(L%s/servlet/ServletConfig;)V", "init(L%s/servlet/FilterConfig;)V",
            "contextInitialized(L%s/servlet/ServletContextEvent;)V",
            "contextDestroyed(L%s/servlet/ServletContextEvent;)V",
            "onStartup(Ljava/util/Set;L%s/servlet/ServletContext;)V",
            "setServletContext(L%s/servlet/ServletContext;)V", "setServletConfig(L%s/servlet/ServletConfig;)V"),
            Set.of("init()V", "destroy()V", "afterPropertiesSet()V",
                    "setApplicationContext(Lorg/springframework/context/ApplicationContext;)V",
                    "setBeanFactory(Lorg/springframework/beans/factory/BeanFactory;)V",
                    "setBeanName(Ljava/lang/String;)V", "setBeanClassLoader(Ljava/lang/ClassLoader;)V",
                    "setEnvironment(Lorg/springframework/core/env/Environment;)V",
                    "setResourceLoader(Lorg/springframework/core/io/ResourceLoader;)V",
                    "setMessageSource(Lorg/springframework/context/MessageSource;)V",
                    "setApplicationEventPublisher(Lorg/springframework/context/ApplicationEventPublisher;)V",
                    "setServlet(Lorg/apache/struts/action/ActionServlet;)V"));

    /** What a servlet container calls per request on a servlet, a filter and a request or session listener. */
    private static final Set<String> CONTAINER_REQUEST_METHODS = Set.of(
            "service", "doGet", "doPost", "doPut", "doDelete", "doHead", "doOptions", "doTrace", "doPatch",
            "getLastModified", "doFilter", "requestInitialized", "requestDestroyed", "sessionCreated",
            "sessionDestroyed", "sessionIdChanged", "attributeAdded", "attributeRemoved", "attributeReplaced");

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private static Map<String, String> requestParams(String... simpleNames) {
        Map<String, String> params = new HashMap<>();
        for (String name : simpleNames) {
            for (String descriptor : EeNames.descriptors("ws.rs." + name)) {
                params.put(descriptor, name);
            }
        }
        return Map.copyOf(params);
    }

    /** Audits one shared handler; an empty list when it is clean or its class file is unreadable. */
    public List<Diagnostic> audit(SharedHandler handler) {
        return findings(handler).stream().map(Finding::diagnostic).toList();
    }

    /** Audits one shared handler, with the source line of each finding; empty when clean or unreadable. */
    public List<Finding> findings(SharedHandler handler) {
        ClassHierarchy outline = ClassHierarchy.outline(handler.className(), handler.classes());
        if (outline == null) {
            LOG.log(System.Logger.Level.DEBUG, "Freshview audit: cannot read the class file of {0}; skipped",
                    handler.className());
            return List.of();
        }
        if (reviewed(outline.audited()) || !hasAuditedField(outline)) {
            return List.of();
        }
        ClassHierarchy hierarchy = outline.complete();
        if (hierarchy == null) {
            LOG.log(System.Logger.Level.DEBUG, "Freshview audit: cannot read the class file of {0}; skipped",
                    handler.className());
            return List.of();
        }
        return new Run(handler, hierarchy).findings();
    }

    /**
     * Whether the hierarchy has a field a finding can be about: every finding names an instance
     * field of a class not reviewed, the field itself not reviewed, and either not thread-safe by
     * its type nor injected, or a request parameter of a resource. Most shared beans, filters and
     * resources have none (a WAR of 3,000 classes: 1,100 of its 2,100 shared classes, in the start-up
     * benchmark of benchmarks/README.md), and their code is then never parsed or analysed.
     */
    private static boolean hasAuditedField(ClassHierarchy outline) {
        boolean resource = annotatedWithAny(outline.audited().visibleAnnotations, PATH);
        for (ClassNode node : outline.classes()) {
            if (node != outline.audited() && reviewed(node)) {
                continue;
            }
            for (FieldNode field : node.fields) {
                if ((field.access & Opcodes.ACC_STATIC) != 0 || fieldReviewed(field)) {
                    continue;
                }
                boolean tracked = !ThreadSafeTypes.isSafeFieldType(field.desc)
                        && !annotatedWithAny(field.visibleAnnotations, INJECTED);
                if (tracked || resource && requestParam(field)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean requestParam(FieldNode field) {
        if (field.visibleAnnotations != null) {
            for (AnnotationNode annotation : field.visibleAnnotations) {
                if (REQUEST_PARAMS.containsKey(annotation.desc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean reviewed(ClassNode node) {
        return reviewed(node.visibleAnnotations) || reviewed(node.invisibleAnnotations);
    }

    /**
     * Freshview's {@code @SharedStateReviewed}, or any annotation of that simple name: code that
     * will never depend on Freshview can declare its own.
     */
    private static boolean reviewed(List<AnnotationNode> annotations) {
        if (annotations != null) {
            for (AnnotationNode annotation : annotations) {
                String desc = annotation.desc;
                if (desc.endsWith(REVIEWED) && (desc.length() == REVIEWED.length() + 1
                        || "/$".indexOf(desc.charAt(desc.length() - REVIEWED.length() - 1)) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean fieldReviewed(FieldNode field) {
        return reviewed(field.visibleAnnotations) || reviewed(field.invisibleAnnotations);
    }

    private static boolean annotatedWithAny(List<AnnotationNode> annotations, Set<String> descriptors) {
        if (annotations != null) {
            for (AnnotationNode annotation : annotations) {
                if (descriptors.contains(annotation.desc)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One method as the audit walks it: where it is and which request entry point reaches it. */
    private record Reached(ClassNode owner, MethodNode method, MethodNode root) {
    }

    /** The state of auditing one class; thrown away afterwards. */
    private static final class Run {

        private final SharedHandler handler;
        private final ClassHierarchy hierarchy;
        private final Map<MethodNode, Frame<SourceValue>[]> frames = new IdentityHashMap<>();
        private final Map<MethodNode, ClassNode> owners = new IdentityHashMap<>();
        private final Map<String, Finding> findings = new LinkedHashMap<>();
        private final Map<FieldRef, Boolean> safeValues = new HashMap<>();
        private final Map<MethodNode, int[]> lockDepths = new IdentityHashMap<>();

        Run(SharedHandler handler, ClassHierarchy hierarchy) {
            this.handler = handler;
            this.hierarchy = hierarchy;
            for (ClassNode node : hierarchy.classes()) {
                for (MethodNode method : node.methods) {
                    owners.put(method, node);
                }
            }
        }

        List<Finding> findings() {
            checkRequestParamFields();
            Set<MethodNode> initOnly = reachableFrom(initializers());
            List<MethodNode> roots = new ArrayList<>();
            boolean servletComponent = hierarchy.servletComponent();
            // a protected or package method the class calls itself runs where it calls it (perhaps holding a lock)
            Set<MethodNode> calledInside = calledInHierarchy();
            // on a Spring bean, setters and the public methods its constructor calls configure it
            // (CAS's LogoutConversionService#addConverter, docs/audit-results.md)
            boolean settersConfigure = handler.configuredBy().contains(SharedHandler.SETTERS) && !hierarchy.struts2Action();
            for (ClassNode node : hierarchy.classes()) {
                for (MethodNode method : node.methods) {
                    boolean entry = servletComponent ? isContainerRequestMethod(method)
                            : isRequestEntry(method) && !(initOnly.contains(method) && (!isPublic(method) || settersConfigure))
                                    && !(!isPublic(method) && calledInside.contains(method))
                                    && !(settersConfigure && isSetter(method))
                                    && !handler.configuredBy().contains(method.name);
                    if (entry) {
                        roots.add(method);
                    }
                }
            }
            List<Reached> reachedFromRequests = walk(roots);
            Set<MethodNode> unlocked = calledWithoutLock(roots);
            for (Reached reached : reachedFromRequests) {
                checkMethod(reached, !unlocked.contains(reached.method()));
            }
            return List.copyOf(findings.values());
        }

        private void checkRequestParamFields() {
            if (!annotatedWithAny(hierarchy.audited().visibleAnnotations, PATH)) {
                return;
            }
            for (ClassNode node : hierarchy.classes()) {
                if (node != hierarchy.audited() && reviewed(node)) {
                    continue;
                }
                for (FieldNode field : node.fields) {
                    if ((field.access & Opcodes.ACC_STATIC) != 0 || fieldReviewed(field)) {
                        continue;
                    }
                    for (AnnotationNode annotation : nonNull(field.visibleAnnotations)) {
                        String param = REQUEST_PARAMS.get(annotation.desc);
                        if (param != null) {
                            FieldRef ref = new FieldRef(node.name, field.name, field.desc);
                            add(AuditMessages.requestParamField(handler, ref, param), ref, node, null);
                        }
                    }
                }
            }
        }

        private List<MethodNode> initializers() {
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
            return annotatedWithAny(method.visibleAnnotations, INITIALIZERS)
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

        private Set<MethodNode> reachableFrom(List<MethodNode> starts) {
            Set<MethodNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Reached reached : walk(starts)) {
                seen.add(reached.method());
            }
            return seen;
        }

        /**
         * The methods reachable from {@code roots} through calls on {@code this} class hierarchy
         * and lambdas defined in it, each with the root that reaches it first.
         */
        private List<Reached> walk(List<MethodNode> roots) {
            List<Reached> reached = new ArrayList<>();
            Set<MethodNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<Reached> queue = new ArrayDeque<>();
            for (MethodNode root : roots) {
                if (seen.add(root)) {
                    queue.add(new Reached(owners.get(root), root, root));
                }
            }
            while (!queue.isEmpty()) {
                Reached current = queue.poll();
                reached.add(current);
                for (AbstractInsnNode insn : current.method().instructions) {
                    MethodNode callee = callee(insn);
                    if (callee != null && seen.add(callee)) {
                        queue.add(new Reached(owners.get(callee), callee, current.root()));
                    }
                }
            }
            return reached;
        }

        /** The methods of the hierarchy that its own methods call (lambdas aside). */
        private Set<MethodNode> calledInHierarchy() {
            Set<MethodNode> called = Collections.newSetFromMap(new IdentityHashMap<>());
            for (ClassNode node : hierarchy.classes()) {
                for (MethodNode method : node.methods) {
                    for (AbstractInsnNode insn : method.instructions) {
                        MethodNode callee = insn instanceof MethodInsnNode ? callee(insn) : null;
                        if (callee != null && callee != method) {
                            called.add(callee);
                        }
                    }
                }
            }
            return called;
        }

        /**
         * The methods that some request path calls holding no lock; the others run only inside a
         * caller's {@code synchronized} (Spring's refreshProperties, called from getProperties holding
         * the cache's lock: docs/audit-results.md). A lambda runs later, so it is never taken as locked.
         */
        private Set<MethodNode> calledWithoutLock(List<MethodNode> roots) {
            Set<MethodNode> unlocked = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<MethodNode> queue = new ArrayDeque<>();
            for (MethodNode root : roots) {
                if (unlocked.add(root)) {
                    queue.add(root);
                }
            }
            while (!queue.isEmpty()) {
                MethodNode method = queue.poll();
                int[] locks = lockDepth(method);
                for (int i = 0; i < method.instructions.size(); i++) {
                    AbstractInsnNode insn = method.instructions.get(i);
                    MethodNode callee = callee(insn);
                    if (callee != null && (locks[i] <= 0 || insn instanceof InvokeDynamicInsnNode) && unlocked.add(callee)) {
                        queue.add(callee);
                    }
                }
            }
            return unlocked;
        }

        /** The method of this hierarchy that an instruction calls or makes a lambda of. */
        private MethodNode callee(AbstractInsnNode insn) {
            if (insn instanceof MethodInsnNode call) {
                MethodNode target = hierarchy.method(call.owner, call.name, call.desc);
                if (call.getOpcode() == Opcodes.INVOKEVIRTUAL && hierarchy.find(call.owner) != null) {
                    // a virtual call runs the most specific override (Spring's init() calls initServletBean())
                    for (ClassNode node : hierarchy.classes()) {
                        MethodNode candidate = hierarchy.method(node.name, call.name, call.desc);
                        if (candidate != null && (candidate.access & Opcodes.ACC_PRIVATE) == 0) {
                            return candidate;
                        }
                    }
                }
                if (target == null && hierarchy.find(call.owner) != null) {
                    // an inherited method called through the subclass's name
                    for (ClassNode node : hierarchy.classes()) {
                        MethodNode candidate = hierarchy.method(node.name, call.name, call.desc);
                        if (candidate != null) {
                            return candidate;
                        }
                    }
                }
                return target;
            }
            if (insn instanceof InvokeDynamicInsnNode indy
                    && indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                    && indy.bsmArgs.length > 1 && indy.bsmArgs[1] instanceof Handle handle) {
                return hierarchy.method(handle.getOwner(), handle.getName(), handle.getDesc());
            }
            return null;
        }

        private void checkMethod(Reached reached, boolean callerLocks) {
            MethodNode method = reached.method();
            if (method.instructions.size() == 0 || (method.access & Opcodes.ACC_STATIC) != 0) {
                return;
            }
            InsnList insns = method.instructions;
            int[] locks = lockDepth(method);
            // the frames only where an instruction could make a finding: most request methods have none
            Frame<SourceValue>[] methodFrames = null;
            for (int i = 0; i < insns.size(); i++) {
                AbstractInsnNode insn = insns.get(i);
                int opcode = insn.getOpcode();
                int monitors = locks[i] + (callerLocks ? 1 : 0);
                if (!mayWrite(insn, monitors > 0)) {
                    continue;
                }
                if (methodFrames == null) {
                    methodFrames = frames(reached.owner(), method);
                    if (methodFrames == null) {
                        return; // not analysable: skipped
                    }
                }
                Frame<SourceValue> frame = methodFrames[i];
                if (frame == null) {
                    continue; // unreachable code
                }
                if (opcode == Opcodes.PUTFIELD) {
                    checkFieldWrite(reached, (FieldInsnNode) insn, frame, monitors > 0);
                } else if (monitors > 0) {
                    // a change made holding a lock (Spring's synchronized (this.cachedProperties) { put }):
                    // taken as guarded, as SpotBugs does; found in CAS's message source (docs/audit-results.md)
                    continue;
                } else if (insn instanceof MethodInsnNode call && opcode != Opcodes.INVOKESTATIC
                        && MutatingCalls.isMutating(call.owner, call.name)) {
                    int receiver = frame.getStackSize() - Type.getArgumentTypes(call.desc).length - 1;
                    FieldRef field = fieldBehind(method, methodFrames, frame.getStack(receiver), new HashSet<>());
                    if (field != null && tracked(field) && !onlySafeValues(field)) {
                        String call0 = FieldRef.simpleName(Type.getObjectType(call.owner)) + "." + call.name;
                        add(AuditMessages.fieldObjectChanged(handler, field, call0, describe(reached)), field,
                                reached.owner(), insn);
                    }
                } else if (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE) {
                    FieldRef field = fieldBehind(method, methodFrames, frame.getStack(frame.getStackSize() - 3),
                            new HashSet<>());
                    if (field != null && tracked(field)) {
                        add(AuditMessages.arrayElementWritten(handler, field, describe(reached)), field, reached.owner(), insn);
                    }
                }
            }
        }

        /** Whether checkMethod looks at the instruction: a field write, or unlocked, a mutating call or an array store. */
        private static boolean mayWrite(AbstractInsnNode insn, boolean locked) {
            int opcode = insn.getOpcode();
            if (opcode == Opcodes.PUTFIELD) {
                return true;
            }
            return !locked && (insn instanceof MethodInsnNode call && opcode != Opcodes.INVOKESTATIC
                    && MutatingCalls.isMutating(call.owner, call.name)
                    || opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE);
        }

        /** {@link LockDepth#of}, once per method: both the lock walk and the check need it. */
        private int[] lockDepth(MethodNode method) {
            return lockDepths.computeIfAbsent(method, LockDepth::of);
        }

        private void checkFieldWrite(Reached reached, FieldInsnNode put, Frame<SourceValue> frame, boolean locked) {
            FieldRef field = hierarchy.resolveField(put.owner, put.name);
            if (field == null || !tracked(field)) {
                return;
            }
            Frame<SourceValue>[] methodFrames = frames(reached.owner(), reached.method());
            SourceValue target = frame.getStack(frame.getStackSize() - 2);
            if (!isThis(reached.method(), methodFrames, target, new HashSet<>())) {
                return;
            }
            if (locked && isVolatile(field) && checksForNull(reached.method(), field)) {
                return; // double-checked lazy initialisation: written once, safely published
            }
            add(AuditMessages.fieldWritten(handler, field, describe(reached)), field, reached.owner(), put);
        }

        private boolean tracked(FieldRef field) {
            FieldNode node = hierarchy.fieldNode(field);
            if (node == null || ThreadSafeTypes.isSafeFieldType(field.descriptor()) || fieldReviewed(node)
                    || annotatedWithAny(node.visibleAnnotations, INJECTED)) {
                return false;
            }
            ClassNode declaring = hierarchy.find(field.owner());
            return declaring == null || !reviewed(declaring);
        }

        private boolean isVolatile(FieldRef field) {
            FieldNode node = hierarchy.fieldNode(field);
            return node != null && (node.access & Opcodes.ACC_VOLATILE) != 0;
        }

        /** The method reads the field and tests something for null: the shape of a lazy init. */
        private static boolean checksForNull(MethodNode method, FieldRef field) {
            boolean reads = false;
            boolean nullTest = false;
            for (AbstractInsnNode insn : method.instructions) {
                if (insn.getOpcode() == Opcodes.GETFIELD && ((FieldInsnNode) insn).name.equals(field.name())) {
                    reads = true;
                }
                if (insn.getOpcode() == Opcodes.IFNULL || insn.getOpcode() == Opcodes.IFNONNULL) {
                    nullTest = true;
                }
            }
            return reads && nullTest;
        }

        /**
         * Whether every assignment to the field, anywhere in the hierarchy, stores a thread-safe
         * or immutable value (so a field declared as {@code Map} holding a ConcurrentHashMap is safe).
         */
        private boolean onlySafeValues(FieldRef field) {
            return safeValues.computeIfAbsent(field, f -> {
                int stores = 0;
                for (ClassNode node : hierarchy.classes()) {
                    for (MethodNode method : node.methods) {
                        Frame<SourceValue>[] methodFrames = frames(node, method);
                        if (methodFrames == null) {
                            continue;
                        }
                        for (int i = 0; i < method.instructions.size(); i++) {
                            AbstractInsnNode insn = method.instructions.get(i);
                            if (insn.getOpcode() != Opcodes.PUTFIELD || methodFrames[i] == null) {
                                continue;
                            }
                            FieldInsnNode put = (FieldInsnNode) insn;
                            if (!f.equals(hierarchy.resolveField(put.owner, put.name))) {
                                continue;
                            }
                            stores++;
                            Frame<SourceValue> frame = methodFrames[i];
                            Set<AbstractInsnNode> origins = new HashSet<>();
                            origins(method, methodFrames, frame.getStack(frame.getStackSize() - 1), origins, new HashSet<>());
                            if (origins.isEmpty() || !origins.stream().allMatch(ThreadSafeTypes::isSafeValue)) {
                                return false;
                            }
                        }
                    }
                }
                return stores > 0;
            });
        }

        /** The instance field of {@code this} a stack value was read from, through locals and casts. */
        private FieldRef fieldBehind(MethodNode method, Frame<SourceValue>[] methodFrames, SourceValue value,
                                     Set<AbstractInsnNode> visited) {
            for (AbstractInsnNode insn : value.insns) {
                if (!visited.add(insn)) {
                    continue;
                }
                int index = method.instructions.indexOf(insn);
                Frame<SourceValue> frame = methodFrames[index];
                if (frame == null) {
                    continue;
                }
                FieldRef found = null;
                if (insn.getOpcode() == Opcodes.GETFIELD) {
                    FieldInsnNode get = (FieldInsnNode) insn;
                    if (isThis(method, methodFrames, frame.getStack(frame.getStackSize() - 1), new HashSet<>())) {
                        found = hierarchy.resolveField(get.owner, get.name);
                    }
                } else if (insn.getOpcode() == Opcodes.ALOAD) {
                    found = fieldBehind(method, methodFrames, frame.getLocal(((VarInsnNode) insn).var), visited);
                } else {
                    for (SourceValue input : passedThrough(insn, frame)) {
                        found = found != null ? found : fieldBehind(method, methodFrames, input, visited);
                    }
                }
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /** Whether a value is {@code this}: local 0 of an instance method, possibly through DUP. */
        private static boolean isThis(MethodNode method, Frame<SourceValue>[] methodFrames, SourceValue value,
                                      Set<AbstractInsnNode> visited) {
            if (value.insns.isEmpty()) {
                return false;
            }
            for (AbstractInsnNode insn : value.insns) {
                if (!visited.add(insn)) {
                    continue;
                }
                if (insn.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) insn).var == 0) {
                    continue;
                }
                Frame<SourceValue> frame = methodFrames[method.instructions.indexOf(insn)];
                boolean copyOfThis = false;
                if (frame != null && insn.getOpcode() != Opcodes.ASTORE) {
                    for (SourceValue input : passedThrough(insn, frame)) {
                        copyOfThis |= isThis(method, methodFrames, input, visited);
                    }
                }
                if (!copyOfThis) {
                    return false;
                }
            }
            return true;
        }

        /** The instructions that produced a value, looking through locals, casts and DUPs. */
        private static void origins(MethodNode method, Frame<SourceValue>[] methodFrames, SourceValue value,
                                    Set<AbstractInsnNode> into, Set<AbstractInsnNode> visited) {
            for (AbstractInsnNode insn : value.insns) {
                if (!visited.add(insn)) {
                    continue;
                }
                int opcode = insn.getOpcode();
                Frame<SourceValue> frame = methodFrames[method.instructions.indexOf(insn)];
                if (frame != null && opcode == Opcodes.ALOAD) {
                    origins(method, methodFrames, frame.getLocal(((VarInsnNode) insn).var), into, visited);
                } else if (frame != null && !passedThrough(insn, frame).isEmpty()) {
                    for (SourceValue input : passedThrough(insn, frame)) {
                        origins(method, methodFrames, input, into, visited);
                    }
                } else {
                    into.add(insn);
                }
            }
        }

        /**
         * The stack values an instruction passes on unchanged (stores, casts, DUPs, SWAP). For the
         * DUP variants that reorder several values, all of them: the frames do not say which one a
         * later instruction took, and the callers only ask "is it this" or "is it that field".
         */
        private static List<SourceValue> passedThrough(AbstractInsnNode insn, Frame<SourceValue> frame) {
            int count = switch (insn.getOpcode()) {
                case Opcodes.ASTORE, Opcodes.CHECKCAST, Opcodes.DUP -> 1;
                case Opcodes.DUP_X1, Opcodes.SWAP, Opcodes.DUP2 -> 2;
                case Opcodes.DUP_X2, Opcodes.DUP2_X1 -> 3;
                case Opcodes.DUP2_X2 -> 4;
                default -> 0;
            };
            List<SourceValue> inputs = new ArrayList<>();
            int size = frame.getStackSize();
            for (int i = 1; i <= Math.min(count, size); i++) {
                inputs.add(frame.getStack(size - i));
            }
            return inputs;
        }

        private Frame<SourceValue>[] frames(ClassNode owner, MethodNode method) {
            if (method.instructions.size() == 0) {
                return null;
            }
            if (!frames.containsKey(method)) {
                try {
                    frames.put(method, new Analyzer<>(new SourceInterpreter()).analyze(owner.name, method));
                } catch (AnalyzerException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Freshview audit: cannot analyse {0}.{1}; skipped",
                            owner.name, method.name);
                    frames.put(method, null);
                }
            }
            return frames.get(method);
        }

        private String describe(Reached reached) {
            String root = reached.root().name + "()";
            if (reached.method() == reached.root()) {
                return root;
            }
            if (reached.method().name.startsWith("lambda$")) {
                return "a lambda in " + root;
            }
            return reached.method().name + "() (called from " + root + ")";
        }

        private void add(Diagnostic diagnostic, FieldRef field, ClassNode in, AbstractInsnNode at) {
            String source = null;
            if (in.sourceFile != null) {
                int slash = in.name.lastIndexOf('/');
                source = (slash < 0 ? "" : in.name.substring(0, slash + 1)) + in.sourceFile;
            }
            findings.putIfAbsent(diagnostic.toString(), new Finding(diagnostic, field.name(), source, line(at)));
        }

        /** The source line of an instruction: the last line number before it. */
        private static int line(AbstractInsnNode insn) {
            for (AbstractInsnNode at = insn; at != null; at = at.getPrevious()) {
                if (at instanceof LineNumberNode number) {
                    return number.line;
                }
            }
            return 0;
        }

        private static <T> List<T> nonNull(List<T> list) {
            return list == null ? List.of() : list;
        }
    }
}
