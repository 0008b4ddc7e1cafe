package org.freshview.processor;

import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.binding.Converters;
import org.freshview.internal.routing.Router;
import org.freshview.internal.rules.BindingRules;
import org.freshview.internal.rules.Findings;
import org.freshview.internal.rules.ShapeAndScopeRules;
import org.freshview.internal.rules.ViewModel;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs the extension's own FV- rules on the {@code @View} classes being compiled and writes a
 * link class next to each view. Put it on the compiler's processor path only:
 *
 * <pre>{@code
 * <annotationProcessorPaths>
 *   <path><groupId>org.freshview</groupId><artifactId>freshview-processor</artifactId></path>
 * </annotationProcessorPaths>
 * }</pre>
 *
 * <p>Each problem is reported as an error on the class, method, parameter or field it is
 * about, with the same id and text as at deployment; FV-304 (a template variable bound to
 * nothing) is a warning, as at deployment. A view with a problem gets no link class. Route
 * conflicts (FV-201) and duplicate route names (FV-208) are found among the views compiled
 * together; a build that recompiles only some views leaves the others to the deployment.
 *
 * <p>For Gradle's incremental compilation the processor is declared {@code aggregating}
 * ({@code META-INF/gradle/incremental.annotation.processors}), not {@code isolating}: the
 * FV-201 and FV-208 checks read every {@code @View} class of the round together, so a link class
 * depends on more than its own view. Gradle then hands the processor all annotated classes again
 * on each incremental compile (recompiling only the changed ones), and a conflict between an
 * edited view and an unchanged one is still found. {@code @View} has runtime retention, which an
 * aggregating processor needs to see unchanged views from their class files.
 */
public final class ViewProcessor extends AbstractProcessor {

    /** Made by javac, which finds the processor through its service file. */
    public ViewProcessor() {
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ElementModels.VIEW);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement view = processingEnv.getElementUtils().getTypeElement(ElementModels.VIEW);
        if (view == null || annotations.isEmpty()) {
            return false;
        }
        ElementModels models = new ElementModels(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        Messager messager = processingEnv.getMessager();
        Findings findings = new Findings() {
            @Override
            public void problem(Diagnostic diagnostic, Object origin) {
                messager.printMessage(Kind.ERROR, diagnostic.toString(), (Element) origin);
            }

            @Override
            public void warning(Diagnostic diagnostic, Object origin) {
                messager.printMessage(Kind.WARNING, diagnostic.toString(), (Element) origin);
            }
        };
        Router.Builder<TypeElement> routes = Router.builder();
        Map<String, TypeElement> byName = new HashMap<>();
        Map<TypeElement, Runnable> links = new LinkedHashMap<>();
        for (Element element : round.getElementsAnnotatedWith(view)) {
            if (!(element instanceof TypeElement type) || !ElementModels.isClass(type)) {
                continue; // not a bean class; the extension ignores it too
            }
            if (models.hasUnresolvedTypes(type)) {
                continue; // javac reports the unknown type; an FV-305 on top would only mislead
            }
            if (!ShapeAndScopeRules.check(models.viewShape(type), findings)) {
                continue; // the extension vetoes such a type: it is not read further
            }
            Map<String, String> sourceNames = new HashMap<>();
            ViewModel model = models.viewModel(type, sourceNames);
            BindingRules.ViewBindings bindings = BindingRules.check(model, Converters::withoutLoading, findings);
            if (!bindings.valid()) {
                continue;
            }
            byName.put(model.className(), type);
            bindings.<TypeElement>routes((httpMethod, method) -> type).forEach(routes::add);
            links.put(type, () -> writeLinks(type, model, bindings, sourceNames));
        }
        try {
            routes.build();
        } catch (DeploymentProblems problems) {
            for (Diagnostic problem : problems.diagnostics()) {
                TypeElement type = byName.get(problem.where());
                AnnotationMirror annotation = models.viewAnnotation(type);
                AnnotationValue templates = models.templatesValue(type);
                messager.printMessage(Kind.ERROR, problem.toString(), type, annotation, templates);
                links.remove(type);
            }
        }
        links.values().forEach(Runnable::run);
        return false;
    }

    private void writeLinks(TypeElement type, ViewModel model, BindingRules.ViewBindings bindings,
                            Map<String, String> sourceNames) {
        String packageName = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
        String className = LinksSource.className(model.className(), packageName);
        String source = LinksSource.of(packageName, className, model.className(), model.templates(), bindings.pathTypes(),
                sourceNames);
        String qualified = packageName.isEmpty() ? className : packageName + "." + className;
        try (Writer writer = processingEnv.getFiler().createSourceFile(qualified, type).openWriter()) {
            writer.write(source);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Kind.ERROR,
                    "freshview-processor could not write " + qualified + ": " + e.getMessage(), type);
        }
    }
}
