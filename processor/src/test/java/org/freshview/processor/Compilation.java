package org.freshview.processor;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compiles Java sources in memory with {@link ViewProcessor}, as javac would in a user's build:
 * the test class path stands for the user's compile class path. Keeps every diagnostic, every
 * generated source and every class file.
 */
final class Compilation {

    /** One diagnostic as a user reads it. */
    record Message(Diagnostic.Kind kind, String text, String file, long line) {
        @Override
        public String toString() {
            return kind + " " + file + ":" + line + " " + text;
        }
    }

    private final boolean success;
    private final List<Message> messages;
    private final Map<String, String> generated;
    private final Map<String, byte[]> classes;

    private Compilation(boolean success, List<Message> messages, Map<String, String> generated,
                        Map<String, byte[]> classes) {
        this.success = success;
        this.messages = messages;
        this.generated = generated;
        this.classes = classes;
    }

    /** Compiles sources given as (qualified class name, source) pairs. */
    static Compilation of(String... namesAndSources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < namesAndSources.length; i += 2) {
            sources.add(new Source(namesAndSources[i], namesAndSources[i + 1]));
        }
        Map<String, String> generated = new TreeMap<>();
        Map<String, byte[]> classes = new TreeMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                if (kind == JavaFileObject.Kind.SOURCE) {
                    return new GeneratedSource(className, generated);
                }
                return new ClassOutput(className, classes);
            }
        };
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "--release", "17");
        JavaCompiler.CompilationTask task = compiler.getTask(new StringWriter(), files, diagnostics, options, null, sources);
        task.setProcessors(List.of(new ViewProcessor()));
        boolean success = task.call();
        List<Message> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String file = d.getSource() == null ? "" : d.getSource().getName();
            messages.add(new Message(d.getKind(), d.getMessage(Locale.ROOT), file, d.getLineNumber()));
        }
        return new Compilation(success, messages, generated, classes);
    }

    boolean success() {
        return success;
    }

    /** The errors and warnings of the compilation (notes left out). */
    List<Message> messages() {
        return messages.stream().filter(m -> m.kind() == Diagnostic.Kind.ERROR || m.kind() == Diagnostic.Kind.WARNING
                || m.kind() == Diagnostic.Kind.MANDATORY_WARNING).toList();
    }

    String generatedSource(String className) {
        return generated.get(className);
    }

    Map<String, String> generated() {
        return generated;
    }

    /** The compiled classes in a class loader of their own, over the test class path. */
    ClassLoader classLoader() {
        return new ClassLoader(Compilation.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }

    @Override
    public String toString() {
        return messages.stream().map(Message::toString).collect(Collectors.joining("\n"));
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    private static final class GeneratedSource extends SimpleJavaFileObject {
        private final String className;
        private final Map<String, String> generated;

        GeneratedSource(String className, Map<String, String> generated) {
            super(URI.create("generated:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.className = className;
            this.generated = generated;
        }

        @Override
        public Writer openWriter() {
            return new StringWriter() {
                @Override
                public void close() {
                    generated.put(className, toString());
                }
            };
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return generated.get(className);
        }
    }

    private static final class ClassOutput extends SimpleJavaFileObject {
        private final String className;
        private final Map<String, byte[]> classes;

        ClassOutput(String className, Map<String, byte[]> classes) {
            super(URI.create("class:///" + className.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
            this.className = className;
            this.classes = classes;
        }

        @Override
        public OutputStream openOutputStream() {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    classes.put(className, toByteArray());
                }
            };
        }
    }
}
