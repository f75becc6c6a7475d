import { UserError } from '@mlship/core';
import type { TableFormat } from '../read/table-formats';
import type { Schema } from '../table';
import type { Bindings, Dialect } from './dialect';

/**
 * What the data is, as the FROM clause of every statement: a table (its name
 * quoted part by part), the user's own query (run as a subquery, inside a
 * read-only transaction where the engine has one), or files DuckDB reads itself
 * (their paths bound as values).
 */
/** A relation a statement reads, with its columns: the data, the reference or the test rows. */
export interface Side {
  source: SqlSource;
  schema: Schema;
}

export interface SqlSource {
  /** For the report and messages: `table public.events`, `query`, `data/*.parquet`. */
  readonly label: string;
  from(b: Bindings, d: Dialect): string;
}

export function tableSource(name: string): SqlSource {
  // schema.table (or catalog.schema.table): a dot separates parts, as in SQL; each part is quoted on its own.
  const parts = name.split('.');
  return { label: `table ${name}`, from: (_b, d) => parts.map((p) => d.quote(p)).join('.') };
}

export function querySource(query: string): SqlSource {
  const text = query.trim().replace(/;\s*$/, '');
  return { label: 'query', from: (_b, d) => `(${text}) AS ${d.quote('mlship_source')}` };
}

export type FileFormat = 'parquet' | 'csv' | 'jsonl';

/**
 * Delta Lake and Iceberg keep every version's data files side by side; which
 * ones make the current snapshot is written in the log (_delta_log/) or the
 * metadata (metadata/*.metadata.json). Read as plain files, a table's rows
 * are counted once per version that kept them. Without listing the bucket
 * only a path that itself names the log or the metadata shows the layout; a
 * glob over the data files (s3://b/events/*.parquet) cannot be told from
 * plain parquet and is read as such (README: Where your data lives).
 */
function lakeLayoutOf(p: string): string | undefined {
  const segments = p.replace(/[?#].*$/, '').split('/');
  if (segments.includes('_delta_log')) return 'a Delta Lake table\'s _delta_log';
  const at = segments.lastIndexOf('metadata');
  const next = at >= 0 ? segments[at + 1] : undefined;
  if (next !== undefined && (/\.metadata\.json$|^snap-.*\.avro$|-m\d+\.avro$/.test(next) || /[*?[{]/.test(next))) return 'an Iceberg table\'s metadata';
  return undefined;
}

/** The object stores DuckDB reads, by URL scheme. */
export type ObjectStore = 's3' | 'gcs' | 'azure' | 'r2';
export function objectStoreOf(p: string): ObjectStore | undefined {
  const scheme = /^([a-z0-9]+):\/\//i.exec(p)?.[1]?.toLowerCase();
  if (scheme === 's3' || scheme === 's3a') return 's3';
  if (scheme === 'gs' || scheme === 'gcs') return 'gcs';
  if (scheme === 'az' || scheme === 'azure' || scheme === 'abfss') return 'azure';
  if (scheme === 'r2') return 'r2';
  return undefined;
}

/** Google's names (gcloud's storage/gs_xml_* properties, boto's gs_*_access_key_id) for an HMAC key of Cloud Storage's S3-compatible XML API. */
export const GCS_HMAC_ID = 'CLOUDSDK_STORAGE_GS_XML_ACCESS_KEY_ID';
export const GCS_HMAC_SECRET = 'CLOUDSDK_STORAGE_GS_XML_SECRET_ACCESS_KEY';

/** A DuckDB secret for one store: its statement, with every credential a bound value. */
export interface StoreSecret {
  store: ObjectStore;
  sql: string;
  params: string[];
  /** For the log: where the credentials come from, never what they are. */
  from: string;
}

/**
 * The secrets DuckDB needs for the stores `paths` name, from the environment.
 * s3://: the AWS SDK's credential chain, inside DuckDB. gs://: an HMAC key
 * (Cloud Storage's S3 interoperability) when GCS_HMAC_ID and GCS_HMAC_SECRET
 * are set; otherwise none, so a public bucket reads anonymously. az://: a
 * connection string (AZURE_STORAGE_CONNECTION_STRING), or the account
 * (AZURE_STORAGE_ACCOUNT) with the Azure SDK's credential chain; an az:// URL
 * names no account, so one of them is required. r2:// is refused: its secret
 * takes an account id and keys no documented variable carries.
 */
export function objectStoreSecrets(paths: string[], env: NodeJS.ProcessEnv = process.env): StoreSecret[] {
  const stores = new Set(paths.map(objectStoreOf).filter((x): x is ObjectStore => x !== undefined));
  const out: StoreSecret[] = [];
  const where = 'engine duckdb';
  if (stores.has('r2')) {
    throw new UserError('r2:// is not read by engine duckdb: DuckDB\'s R2 secret needs the account id and an R2 API key, and no documented variable carries them', { where, hint: 'Read the bucket through a public https:// URL, or copy the files to S3 or Cloud Storage.' });
  }
  if (stores.has('s3')) out.push({ store: 's3', sql: 'CREATE SECRET mlship_s3 (TYPE s3, PROVIDER credential_chain)', params: [], from: 'the AWS credential chain (AWS_* variables, a profile, web identity or an instance role)' });
  if (stores.has('gcs')) {
    const id = env[GCS_HMAC_ID];
    const secret = env[GCS_HMAC_SECRET];
    if (Boolean(id) !== Boolean(secret)) throw new UserError(`${id ? GCS_HMAC_ID : GCS_HMAC_SECRET} is set but ${id ? GCS_HMAC_SECRET : GCS_HMAC_ID} is not: a Cloud Storage HMAC key has both halves`, { where, hint: `Set both from secrets, or neither to read a public bucket.` });
    if (id && secret) out.push({ store: 'gcs', sql: 'CREATE SECRET mlship_gcs (TYPE gcs, KEY_ID $1, SECRET $2)', params: [id, secret], from: `the HMAC key in ${GCS_HMAC_ID} and ${GCS_HMAC_SECRET}` });
  }
  if (stores.has('azure')) {
    const connection = env.AZURE_STORAGE_CONNECTION_STRING;
    const account = env.AZURE_STORAGE_ACCOUNT;
    if (connection) out.push({ store: 'azure', sql: 'CREATE SECRET mlship_azure (TYPE azure, CONNECTION_STRING $1)', params: [connection], from: 'AZURE_STORAGE_CONNECTION_STRING' });
    else if (account) out.push({ store: 'azure', sql: 'CREATE SECRET mlship_azure (TYPE azure, PROVIDER credential_chain, ACCOUNT_NAME $1)', params: [account], from: `the Azure credential chain for the account in AZURE_STORAGE_ACCOUNT` });
    else throw new UserError('an az:// URL names no storage account, and neither AZURE_STORAGE_ACCOUNT nor AZURE_STORAGE_CONNECTION_STRING is set', { where, hint: 'Set AZURE_STORAGE_ACCOUNT (credentials from azure/login, a managed identity or AZURE_CLIENT_* variables) or AZURE_STORAGE_CONNECTION_STRING from a secret.' });
  }
  return out;
}

/** Files (local paths, or s3:// gs:// https:// URLs and their globs) read by DuckDB's own readers. */
export function filesSource(label: string, paths: string[], format: FileFormat, hivePartitioned: boolean, env: NodeJS.ProcessEnv = process.env): SqlSource {
  for (const p of paths) {
    const layout = lakeLayoutOf(p);
    if (layout) {
      throw new UserError(`${p} is inside ${layout}: read as plain files, a table's rows would count once for every version that kept them`, {
        where: 'engine duckdb',
        hint: 'Give a local table directory (read at its current snapshot), or export the current snapshot to parquet files.',
      });
    }
  }
  // The stores' credentials are refused here, before any statement, rather than by DuckDB mid-read.
  objectStoreSecrets(paths, env);
  return {
    label,
    from(b) {
      const list = `[${paths.map((p) => b.bind(p, 'text')).join(', ')}]`;
      // Partition values stay text, as the local reader adds them.
      const hive = hivePartitioned ? ', hive_partitioning = true, hive_types_autocast = false' : '';
      if (format === 'parquet') return `read_parquet(${list}${hive})`;
      if (format === 'csv') return `read_csv(${list}${hive})`;
      return `read_json(${list}, format = 'newline_delimited'${hive})`;
    },
  };
}

/** A local Delta Lake or Iceberg table, read at its current snapshot by DuckDB's delta or iceberg extension (the path bound as a value). */
export function lakeTableSource(label: string, dir: string, format: TableFormat): SqlSource {
  return { label, from: (b) => `${format === 'delta' ? 'delta_scan' : 'iceberg_scan'}(${b.bind(dir, 'text')})` };
}
