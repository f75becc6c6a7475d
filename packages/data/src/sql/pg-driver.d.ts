/** The part of the `pg` package (node-postgres) the postgres engine uses; the package ships no types. */
declare module 'pg' {
  export interface FieldDef {
    name: string;
    dataTypeID: number;
  }
  export interface QueryResult {
    rows: Record<string, unknown>[];
    fields: FieldDef[];
  }
  export interface ClientConfig {
    connectionString: string;
    application_name?: string;
    connectionTimeoutMillis?: number;
    types?: { getTypeParser(oid: number, format?: string): (value: string) => unknown };
  }
  export class Client {
    constructor(config: ClientConfig);
    connect(): Promise<void>;
    query(text: string, values?: unknown[]): Promise<QueryResult>;
    end(): Promise<void>;
    on(event: 'error', listener: (e: Error) => void): this;
  }
  export const types: { getTypeParser(oid: number, format?: string): (value: string) => unknown };
  const pg: { Client: typeof Client; types: typeof types };
  export default pg;
}
