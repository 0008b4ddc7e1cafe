// The goal ran at verify on the project's jar, printed the finding grouped by class, and failed the build.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Freshview audit of ') && log.contains('unsafe-servlet-fails-1.0.jar: 1 classes read, 1 shared classes audited')
assert log.contains('[ERROR] com.example.CounterServlet: a servlet (the container keeps one instance for all requests)')
assert log.contains('[ERROR]   FV-401 count (CounterServlet.java:17): The field count (int) is written in doGet()')
assert log.contains('Freshview audit: requests write shared state (see the findings above).')
