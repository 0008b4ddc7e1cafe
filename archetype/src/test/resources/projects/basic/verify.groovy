// After the generated project's `mvn verify`: what its WAR must hold.
import java.util.zip.ZipFile

// maven-script-interpreter 1.5 hands the archetype plugin's variables over as one map, "context"
def projectDir = context.projectDir
def war = new File(projectDir, 'target/hello.war')
assert war.isFile() : "no WAR at ${war}"
def entries = new ZipFile(war).withCloseable { zip -> zip.entries().collect { it.name } as Set }

// the processor ran from annotationProcessorPaths: the view's link class is compiled into the WAR
assert entries.contains('WEB-INF/classes/com/example/hello/HelloView.class')
assert entries.contains('WEB-INF/classes/com/example/hello/HelloViewLinks.class') : "no HelloViewLinks in ${entries}"
assert entries.contains('WEB-INF/views/hello.jsp')
assert entries.contains('WEB-INF/beans.xml')
assert entries.any { it ==~ /WEB-INF\/lib\/freshview-[0-9][^\/]*\.jar/ } : "no freshview jar in ${entries}"
// the processor, the testkit and the APIs stay out of the WAR
assert !entries.any { it.contains('freshview-processor') || it.contains('freshview-testkit') || it.contains('jakarta.jakartaee') }

// the generated unit test ran and passed; the isolation test waited for a URL
def reports = new File(projectDir, 'target/surefire-reports')
def unit = new File(reports, 'TEST-com.example.hello.HelloViewTest.xml').text
assert unit.contains('tests="3"') && unit.contains('failures="0"') && unit.contains('errors="0"') : unit
def isolation = new File(reports, 'TEST-com.example.hello.HelloViewIsolationTest.xml').text
assert isolation.contains('skipped="1"') : isolation
true
