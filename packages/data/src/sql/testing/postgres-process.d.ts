/** Types of postgres-process.js (plain JavaScript, loaded by jest's global setup). */
export const POSTGRES_ENV: string;
export const POSTGRES_FIX: string;
export interface PostgresProcess {
  url: string;
  pid: number;
  dir: string;
  log: string;
}
export type PostgresServer = PostgresProcess | { error: string };
export function locatePostgres(): string | undefined;
export function spawnPostgres(): Promise<PostgresServer>;
export function stopPostgres(p: PostgresProcess): Promise<void>;
