/** Types of clickhouse-process.js (plain JavaScript, loaded by jest's global setup). */
export const CLICKHOUSE_ENV: string;
export const CLICKHOUSE_FIX: string;
export const CLUSTER: string;
export const TEST_USER: { user: string; password: string };
export const READONLY_USER: string;
export interface ClickhouseNode {
  http: string;
  tcp: number;
  pid: number;
  log: string;
}
export interface ClickhouseProcess {
  nodes: ClickhouseNode[];
  dir: string;
}
export type ClickhouseServer = ClickhouseProcess | { error: string };
export function locateClickhouse(): string | undefined;
export function spawnClickhouse(): Promise<ClickhouseServer>;
export function stopClickhouse(c: ClickhouseProcess): Promise<void>;
