import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UserError } from '@mlship/core';

export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestCase {
  /** `classname::name`, the id used in outputs and to match a test across attempts. */
  id: string;
  status: TestStatus;
  /** First line of the failure/error message, for the summary. */
  message?: string;
}

type XmlNode = Record<string, unknown> & { '#text'?: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  alwaysCreateTextNode: true,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});

const attr = (n: XmlNode, name: string): string | undefined => {
  const v = n[`@_${name}`];
  return v === undefined ? undefined : String(v);
};
const children = (n: XmlNode, name: string): XmlNode[] => (Array.isArray(n[name]) ? (n[name] as XmlNode[]) : []);

function firstLine(n: XmlNode): string | undefined {
  const text = attr(n, 'message') || n['#text'] || attr(n, 'type') || '';
  const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0);
  return line === undefined ? undefined : line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

/**
 * Test cases of one JUnit XML file as pytest, jest-junit, Maven Surefire and
 * go-junit-report write it: <testsuites> of <testsuite> (nested suites too),
 * or a bare <testsuite> root; a <testcase> is failed/error/skipped by its
 * child element, passed without one. `file` names the file in messages.
 */
export function parseJUnit(xml: string, file: string): TestCase[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new UserError(`is not well-formed XML: ${valid.err.msg}`, { where: `${file}:${valid.err.line}`, hint: 'The test run may have been cut off while writing it; check the test runner\'s JUnit options.' });
  }
  const doc = parser.parse(xml) as Record<string, unknown>;
  const rootName = Object.keys(doc).find((k) => k !== '?xml' && !k.startsWith('#'));
  if (rootName !== 'testsuites' && rootName !== 'testsuite') {
    throw new UserError(`is not a JUnit XML report: its root element is <${rootName ?? 'none'}>, expected <testsuites> or <testsuite>`, { where: file, hint: 'Point junit at the JUnit XML the test runner writes (pytest --junitxml, jest-junit, Surefire, go-junit-report).' });
  }
  const root = doc[rootName];
  const suites: XmlNode[] = rootName === 'testsuite' ? (root as XmlNode[]) : children((root ?? {}) as XmlNode, 'testsuite');
  const out: TestCase[] = [];
  const walk = (suite: XmlNode) => {
    for (const tc of children(suite, 'testcase')) {
      const classname = attr(tc, 'classname') || attr(tc, 'class') || attr(suite, 'name') || '';
      const name = attr(tc, 'name') ?? '';
      const failure = children(tc, 'failure')[0];
      const error = children(tc, 'error')[0];
      const status: TestStatus = failure ? 'failed' : error ? 'error' : children(tc, 'skipped').length ? 'skipped' : 'passed';
      const problem = failure ?? error;
      out.push({ id: `${classname}::${name}`, status, ...(problem ? { message: firstLine(problem) } : {}) });
    }
    for (const nested of children(suite, 'testsuite')) walk(nested);
  };
  for (const s of suites) walk(s);
  return out;
}
