import { BUILTIN_QUERIES, renderTemplate } from './promql';

describe('PromQL templates', () => {
  it('fills the selector with track, namespace and service, escaped for PromQL strings', () => {
    const q = renderTemplate('error-rate', BUILTIN_QUERIES['error-rate'], { trackLabel: 'track', track: 'can"ary', namespace: 'prod', service: 'model', interval: 300 });
    expect(q).toBe('(sum(rate(http_requests_total{track="can\\"ary",namespace="prod",service="model",code=~"5.."}[300s])) or vector(0)) / sum(rate(http_requests_total{track="can\\"ary",namespace="prod",service="model"}[300s]))');
  });
  it('leaves out matchers for unset namespace and service, and fills the quantile', () => {
    expect(renderTemplate('p95-latency', BUILTIN_QUERIES.latency, { trackLabel: 'version', track: 'v2', interval: 59.6, quantile: 0.95 })).toBe(
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="v2"}[60s])))',
    );
  });
  it('refuses a placeholder without a value', () => {
    expect(() => renderTemplate('x', 'up{namespace="{{namespace}}"}', { trackLabel: 'track', track: 'canary', interval: 60 })).toThrow('query "x" uses {{namespace}}, which has no value here.');
  });
});

describe('PromQL templates without a track label', () => {
  it('drops the track matcher and the comma after an empty selector', () => {
    expect(renderTemplate('errors', BUILTIN_QUERIES.errors, { trackLabel: 'none', track: 'stable', interval: 300 })).toBe('sum(increase(http_requests_total{code=~"5.."}[300s])) or vector(0)');
    expect(renderTemplate('requests', BUILTIN_QUERIES.requests, { trackLabel: 'none', track: 'stable', namespace: 'production', interval: 300 })).toBe('sum(increase(http_requests_total{namespace="production"}[300s]))');
  });
});
