package org.freshview.audit;

import org.freshview.internal.audit.Finding;
import org.freshview.internal.audit.SharedRoles;
import org.freshview.internal.audit.SharedClasses;
import org.freshview.internal.audit.SharedClass;
import org.freshview.internal.audit.SharedStateAudit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Audits an application without deploying it: reads its classes, finds those one instance serves
 * for all requests ({@link SharedClasses}, and the singleton beans of its Spring XML files) and audits each with the deployment-time audit
 * ({@link SharedStateAudit}).
 *
 * <pre>{@code
 * AuditReport report = new ApplicationAudit(false, List.of("com.example"), Baseline.none()).run(Path.of("app.war"));
 * }</pre>
 *
 * @param libraries whether to audit the classes of the application's libraries too (they are always read)
 * @param packages  package prefixes to audit ({@code com.example}); empty: every package
 * @param baseline  findings accepted earlier
 */
public record ApplicationAudit(boolean libraries, List<String> packages, Baseline baseline) {

    /**
     * Reads and audits one application.
     *
     * @param target a WAR, EAR, jar or directory of classes
     * @return the findings, grouped by class, with what was read
     * @throws IOException if the target cannot be read
     */
    public AuditReport run(Path target) throws IOException {
        long start = System.nanoTime();
        ArchiveClasses classes = ArchiveClasses.read(target);
        List<String> candidates = new ArrayList<>();
        for (String name : classes.own()) {
            if (inPackages(name)) {
                candidates.add(name);
            }
        }
        if (libraries) {
            for (String name : classes.libraries()) {
                if (inPackages(name)) {
                    candidates.add(name);
                }
            }
        }
        List<SharedClass> shared = new ArrayList<>(SharedClasses.find(classes, candidates));
        Set<String> candidateNames = new HashSet<>(candidates);
        Set<String> found = new HashSet<>();
        shared.forEach(sharedClass -> found.add(sharedClass.className()));
        for (SpringXmlBeans.Bean bean : SpringXmlBeans.of(classes.xmlFiles())) {
            String internalName = bean.className().replace('.', '/');
            if (candidateNames.contains(internalName) && found.add(bean.className())) {
                shared.add(new SharedClass(bean.className(), classes, SharedRoles.springXmlSingleton(bean.file()),
                        Set.of(SharedClass.SETTERS)));
            }
        }
        SharedStateAudit audit = new SharedStateAudit();
        List<ClassFindings> withFindings = new ArrayList<>();
        int suppressed = 0;
        for (SharedClass sharedClass : shared) {
            List<Finding> kept = new ArrayList<>();
            for (Finding finding : audit.findings(sharedClass)) {
                if (baseline.accepts(finding)) {
                    suppressed++;
                } else {
                    kept.add(finding);
                }
            }
            if (!kept.isEmpty()) {
                withFindings.add(new ClassFindings(sharedClass.className(), sharedClass.role(), List.copyOf(kept)));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new AuditReport(target.toString(), classes.size(), shared.size(), millis, List.copyOf(withFindings), suppressed);
    }

    private boolean inPackages(String internalName) {
        if (packages.isEmpty()) {
            return true;
        }
        String className = internalName.replace('/', '.');
        for (String prefix : packages) {
            if (className.startsWith(prefix.endsWith(".") ? prefix : prefix + ".")) {
                return true;
            }
        }
        return false;
    }
}
