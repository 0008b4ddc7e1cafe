// The baseline accepts the finding: the build passes, and the SARIF report has no results.
def log = new File(basedir, 'build.log').text
assert log.contains('0 findings in 0 classes (1 accepted by the baseline).')
def sarif = new File(basedir, 'target/freshview-audit.sarif').text
assert sarif.contains('"version": "2.1.0"')
assert sarif.contains('"results": []')
