import { UserError } from '@mlship/core';
import { parseCounter } from './counter';
import { counterTemplate, renderTemplate } from './promql';
import { ScrapeSource } from './scrape-source';
import { startMetricsServer, type MetricsServer } from './testing/metrics-server';

const line = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as UserError).line;
  }
  throw new Error('no error');
};
const now = () => (performance.timeOrigin + performance.now()) / 1000;

describe('counters', () => {
  it('reads a name with equality matchers, escapes included', () => {
    expect(parseCounter('conversions_total', 'x')).toEqual({ kind: 'counter', metric: 'conversions_total', matchers: {}, source: 'conversions_total' });
    expect(parseCounter(' http_requests_total{code="200", path="/a\\"b"} ', 'x').matchers).toEqual({ code: '200', path: '/a"b' });
    expect(line(() => parseCounter('x{code!="500"}', 'input "trials"'))).toMatch(/^input "trials": matcher code!="500" in "x\{code!="500"\}" is not supported; only label="value" is\./);
    expect(line(() => parseCounter('x{code="1",code="2"}', 'w'))).toMatch(/label "code" is matched twice/);
    expect(line(() => parseCounter('x{code=200}', 'w'))).toMatch(/cannot read the label matchers/);
    expect(line(() => parseCounter('9x', 'w'))).toMatch(/"9x" is not a counter name/);
  });

  it('becomes the increase of its series on the track in PromQL', () => {
    const ctx = { trackLabel: 'track', track: 'canary', interval: 300 };
    expect(renderTemplate('c', counterTemplate(parseCounter('http_requests_total{code="200"}', 'x')), ctx)).toBe('sum(increase(http_requests_total{track="canary",code="200"}[300s]))');
    expect(renderTemplate('c', counterTemplate(parseCounter('orders_total{variant="b"}', 'x')), { ...ctx, trackLabel: 'none' })).toBe('sum(increase(orders_total{variant="b"}[300s]))');
    expect(renderTemplate('c', counterTemplate(parseCounter('visits_total', 'x')), ctx)).toBe('sum(increase(visits_total{track="canary"}[300s]))');
  });

  describe('from a scrape', () => {
    let server: MetricsServer;
    beforeEach(async () => {
      server = await startMetricsServer('canary');
    });
    afterEach(() => server.close());

    it('sums the matching series between the scrapes bounding the window', async () => {
      const ok = parseCounter('http_requests_total{code="200"}', 'x');
      const all = parseCounter('http_requests_total', 'x');
      const absent = parseCounter('conversions_total', 'x');
      const src = new ScrapeSource({ urls: { canary: server.url }, interval: 60, trackLabel: 'track', trackValues: { canary: 'canary', stable: 'stable' }, counters: [ok, all, absent] });
      server.record(7, 200, 0.01);
      const start = now();
      await src.start();
      server.record(30, 200, 0.01);
      server.record(5, 500, 0.01);
      const window = { start, end: now() };
      expect((await src.read(ok, 'canary', window)).value).toBe(30);
      expect((await src.read(all, 'canary', window)).value).toBe(35);
      // No such metric on the page: no data, never 0.
      expect((await src.read(absent, 'canary', window)).value).toBeNull();
      await expect(src.read(parseCounter('other_total', 'x'), 'canary', window)).rejects.toThrow(/was not registered/);
      await src.close();
    });
  });
});
