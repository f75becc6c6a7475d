import { userErrorLine } from '@mlship/core/testing';
import { parseJUnit } from './junit';

// pytest --junitxml (junit_family=xunit2, pytest's default)
const pytest = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="5" time="0.05" timestamp="2026-12-06T05:00:00.000000" hostname="runner"><testcase classname="tests.test_model" name="test_accuracy" time="0.001"><failure message="assert 0.81 &gt;= 0.85">def test_accuracy():
&gt;       assert 0.81 &gt;= 0.85
E       assert 0.81 &gt;= 0.85

tests/test_model.py:4: AssertionError</failure></testcase><testcase classname="tests.test_model" name="test_shape[64]" time="0.001" /><testcase classname="tests.test_data" name="test_gpu" time="0.000"><skipped type="pytest.skip" message="no GPU">tests/test_data.py:9: no GPU</skipped></testcase><testcase classname="tests.test_data" name="test_load" time="0.002"><error message="failed on setup with &quot;FileNotFoundError: data/train.parquet&quot;">fixture error</error></testcase><testcase classname="tests.test_data" name="test_nulls" time="0.002" /></testsuite></testsuites>`;

// jest-junit defaults: classname and name are "{classname} {title}", failures carry the stack as text only
const jest = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="2" failures="1" errors="0" time="1.2">
  <testsuite name="model" errors="0" failures="1" skipped="0" timestamp="2026-12-06T05:00:00" time="1.1" tests="2">
    <testcase classname="model predicts the majority class" name="model predicts the majority class" time="0.004">
      <failure>Error: expect(received).toBe(expected) // Object.is equality

Expected: 1
Received: 0
    at Object.toBe (/repo/model.test.js:5:20)</failure>
    </testcase>
    <testcase classname="model loads weights" name="model loads weights" time="0.001">
    </testcase>
  </testsuite>
</testsuites>`;

// Maven Surefire: one file per class, a bare <testsuite> root, with properties and system-out
const surefire = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="com.acme.ScorerTest" time="0.02" tests="2" errors="0" skipped="0" failures="1">
  <properties><property name="java.version" value="21"/></properties>
  <testcase name="scoresInRange" classname="com.acme.ScorerTest" time="0.01"><failure message="expected: &lt;true&gt; but was: &lt;false&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected: <true> but was: <false>]]></failure><system-out><![CDATA[log line]]></system-out></testcase>
  <testcase name="loads" classname="com.acme.ScorerTest" time="0.01"/>
</testsuite>`;

// go-junit-report: one suite per package, classname = package
const goReport = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="2" failures="1">
	<testsuite name="github.com/acme/model" tests="2" failures="1" errors="0" id="0" hostname="runner" time="0.010" timestamp="2026-12-06T05:00:00Z">
		<properties><property name="go.version" value="go1.23.0"></property></properties>
		<testcase name="TestPredict" classname="github.com/acme/model" time="0.000"><failure message="Failed" type="">model_test.go:12: got 0, want 1</failure></testcase>
		<testcase name="TestLoad" classname="github.com/acme/model" time="0.000"></testcase>
	</testsuite>
</testsuites>`;

describe('parseJUnit', () => {
  it('reads pytest: failure, error, skipped, passed, with the message attribute', () => {
    expect(parseJUnit(pytest, 'junit.xml')).toEqual([
      { id: 'tests.test_model::test_accuracy', status: 'failed', message: 'assert 0.81 >= 0.85' },
      { id: 'tests.test_model::test_shape[64]', status: 'passed' },
      { id: 'tests.test_data::test_gpu', status: 'skipped' },
      { id: 'tests.test_data::test_load', status: 'error', message: 'failed on setup with "FileNotFoundError: data/train.parquet"' },
      { id: 'tests.test_data::test_nulls', status: 'passed' },
    ]);
  });

  it('reads jest-junit, taking the first line of the failure text', () => {
    expect(parseJUnit(jest, 'junit.xml')).toEqual([
      { id: 'model predicts the majority class::model predicts the majority class', status: 'failed', message: 'Error: expect(received).toBe(expected) // Object.is equality' },
      { id: 'model loads weights::model loads weights', status: 'passed' },
    ]);
  });

  it('reads a bare <testsuite> root (Maven Surefire) with CDATA', () => {
    expect(parseJUnit(surefire, 'TEST-com.acme.ScorerTest.xml')).toEqual([
      { id: 'com.acme.ScorerTest::scoresInRange', status: 'failed', message: 'expected: <true> but was: <false>' },
      { id: 'com.acme.ScorerTest::loads', status: 'passed' },
    ]);
  });

  it('reads go-junit-report, and suites nested in suites', () => {
    expect(parseJUnit(goReport, 'report.xml').map((t) => `${t.id} ${t.status}`)).toEqual(['github.com/acme/model::TestPredict failed', 'github.com/acme/model::TestLoad passed']);
    const nested = '<testsuites><testsuite name="outer"><testsuite name="inner"><testcase name="t"/></testsuite></testsuite></testsuites>';
    expect(parseJUnit(nested, 'n.xml')).toEqual([{ id: 'inner::t', status: 'passed' }]);
  });

  it('an empty suite has no tests', () => {
    expect(parseJUnit('<testsuites></testsuites>', 'e.xml')).toEqual([]);
    expect(parseJUnit('<testsuite name="s" tests="0"/>', 'e.xml')).toEqual([]);
  });

  it.each([
    ['<testsuites><testsuite><testcase name="a"></testsuite>', /^reports\/junit\.xml:1: is not well-formed XML: Expected closing tag 'testcase'/],
    ['', /^reports\/junit\.xml:1: is not well-formed XML: /],
    ['<html><body>502 Bad Gateway</body></html>', /^reports\/junit\.xml: is not a JUnit XML report: its root element is <html>, expected <testsuites> or <testsuite>/],
  ])('refuses %j naming the file', (xml, message) => expect(userErrorLine(() => parseJUnit(xml, 'reports/junit.xml'))).toMatch(message));
});
