import { BIGQUERY_FORM, connectBigquery, parseBigqueryConnection } from './bigquery';
import { connectDatabricks, DATABRICKS_FORM, parseDatabricksConnection } from './databricks';
import type { SqlEngine } from './engine';
import { connectSnowflake, parseSnowflakeConnection, SNOWFLAKE_FORM } from './snowflake';
import { connectTrino, parseTrinoConnection, TRINO_FORM } from './trino';

/**
 * The engines that cannot run here (BigQuery, Snowflake, Databricks, Trino):
 * each reads `table` or `query` through its vendor's client, loaded only when
 * chosen, from a `connection` URL of its own form.
 */
export interface Warehouse {
  /** The connection URL's form, for the message when it is missing or wrong. */
  form: string;
  /** How `table` names a table on it. */
  table: string;
  /** Where the data is, for the report: no credentials. */
  label(connection: string): string;
  connect(connection: string, log: (line: string) => void): Promise<SqlEngine>;
}

export const WAREHOUSES = {
  bigquery: { form: BIGQUERY_FORM, table: 'dataset.table, or project.dataset.table', label: (c) => parseBigqueryConnection(c).label, connect: connectBigquery },
  snowflake: { form: SNOWFLAKE_FORM, table: 'table, schema.table or database.schema.table', label: (c) => parseSnowflakeConnection(c).label, connect: connectSnowflake },
  databricks: { form: DATABRICKS_FORM, table: 'catalog.schema.table', label: (c) => parseDatabricksConnection(c).label, connect: connectDatabricks },
  trino: { form: TRINO_FORM, table: 'table, schema.table or catalog.schema.table', label: (c) => parseTrinoConnection(c).label, connect: connectTrino },
} satisfies Record<string, Warehouse>;

export type WarehouseName = keyof typeof WAREHOUSES;
export const isWarehouse = (name: string): name is WarehouseName => Object.hasOwn(WAREHOUSES, name);
