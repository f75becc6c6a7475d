import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadYamlParser, parseInputs, type ActionIO } from '@mlship/core';
import { z } from 'zod';
import { createMetricSource, metricKind, metricSourceInputs, parseDuration, parseQueries } from './source-inputs';
import { userErrorLine } from '@mlship/core/testing';

beforeAll(loadYamlParser);

const parse = (raw: Record<string, string>) => parseInputs(z.object(metricSourceInputs), (n) => raw[n]);
const io = { warning: () => {}, debug: () => {}, info: () => {} } as unknown as ActionIO;

describe('durations', () => {
  it('reads seconds and unit suffixes', () => {
    expect([parseDuration('300'), parseDuration('90s'), parseDuration('5m'), parseDuration('1h'), parseDuration('1m30s'), parseDuration('0.5')]).toEqual([300, 90, 300, 3600, 90, 0.5]);
  });
  it('rejects negative and malformed durations with the input named', () => {
    expect(parseDuration('-5')).toBeUndefined();
    expect(parseDuration('5 minutes')).toBeUndefined();
    expect(userErrorLine(() => parse({ 'scrape-interval': '-1' }))).toMatch(/^input "scrape-interval" "-1" is not a duration/);
  });
});

describe('metricKind', () => {
  const inputs = { source: 'prometheus' as const };
  it('maps threshold names to built-in metrics', () => {
    expect(metricKind('error-rate', inputs, {})).toEqual({ kind: 'error-rate' });
    expect(metricKind('request-rate', inputs, {})).toEqual({ kind: 'request-rate' });
    expect(metricKind('p95-latency', inputs, {})).toEqual({ kind: 'latency', quantile: 0.95 });
    expect(metricKind('p99.9-latency', inputs, {})).toEqual({ kind: 'latency', quantile: 0.999 });
  });
  it('maps user query names, and keeps an overridden built-in a built-in', () => {
    const queries = { 'gpu-util': 'avg(gpu{track="{{track}}"})', 'error-rate': 'x' };
    expect(metricKind('gpu-util', inputs, queries)).toEqual({ kind: 'query', query: queries['gpu-util'], name: 'gpu-util' });
    expect(metricKind('error-rate', inputs, queries)).toEqual({ kind: 'error-rate' });
  });
  it('suggests the closest name for a typo', () => {
    expect(userErrorLine(() => metricKind('eror-rate', inputs, {}))).toBe('thresholds: unknown metric "eror-rate". Did you mean "error-rate"? Use one of error-rate, request-rate, p50-latency, p90-latency, p95-latency, p99-latency, or define it in the queries input (source: prometheus).');
    expect(userErrorLine(() => metricKind('p100-latency', inputs, {}))).toMatch(/unknown metric "p100-latency"/);
  });
  it('refuses a custom query without Prometheus', () => {
    expect(userErrorLine(() => metricKind('gpu-util', { source: 'scrape' }, { 'gpu-util': 'x' }))).toMatch(/custom PromQL query, which needs Prometheus/);
  });
});

describe('queries input', () => {
  it('reads inline YAML and a file, rejecting unknown placeholders with a suggestion', () => {
    expect(parseQueries({ queries: 'error-rate: sum(rate(e{track="{{track}}"}[{{interval}}]))' })).toEqual({ 'error-rate': 'sum(rate(e{track="{{track}}"}[{{interval}}]))' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'queries-'));
    fs.writeFileSync(path.join(dir, 'q.yml'), 'ok: up\nbad: rate(x{ns="{{namespce}}"}[5m])\n');
    expect(userErrorLine(() => parseQueries({ queries: 'q.yml' }, dir))).toBe('q.yml:2: query "bad" uses the unknown placeholder {{namespce}}. Did you mean "namespace"? Placeholders are {{track}}, {{namespace}}, {{service}}, {{interval}}, {{selector}}, {{quantile}}.');
    expect(userErrorLine(() => parseQueries({ queries: '- a\n- b' }))).toMatch(/^input "queries": expected a map/);
    expect(userErrorLine(() => parseQueries({ queries: 'a: 3' }))).toMatch(/query "a" must be a PromQL string, got 3/);
  });
});

describe('createMetricSource', () => {
  it('needs prometheus-url for Prometheus and a metrics URL per scraped track', async () => {
    await expect(createMetricSource(parse({ source: 'prometheus' }), io, { tracks: ['stable'] })).rejects.toThrow('input "prometheus-url" is required with source: prometheus.');
    await expect(createMetricSource(parse({}), io, { tracks: ['stable'] })).rejects.toThrow('input "stable-metrics-url" is required with source: scrape.');
    await expect(createMetricSource(parse({ 'stable-metrics-url': 'ftp://x' }), io, { tracks: ['stable'] })).rejects.toThrow('is not an http(s) URL');
    await expect(createMetricSource(parse({ 'stable-metrics-url': 'http://127.0.0.1:1/metrics', queries: 'a: up' }), io, { tracks: ['stable'] })).rejects.toThrow(/PromQL queries need Prometheus/);
  });
  it('checks auth and CA inputs before any request', async () => {
    await expect(createMetricSource(parse({ source: 'prometheus', 'prometheus-url': 'http://p:9090', 'prometheus-token': 't', 'prometheus-password': 'p' }), io, { tracks: ['stable'] })).rejects.toThrow(/both a bearer token and basic-auth/);
    await expect(createMetricSource(parse({ source: 'prometheus', 'prometheus-url': 'http://p:9090', 'prometheus-ca': '/nonexistent/ca.pem' }), io, { tracks: ['stable'] })).rejects.toThrow('cannot read the CA file "/nonexistent/ca.pem": ENOENT.');
    await expect(createMetricSource(parse({ source: 'prometheus', 'prometheus-url': 'not a url' }), io, { tracks: ['stable'] })).rejects.toThrow('"not a url" is not a URL.');
  });
});
