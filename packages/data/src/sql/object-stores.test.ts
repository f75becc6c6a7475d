import { DuckDBInstance } from '@duckdb/node-api';
import { describeError, isUserError, loadYamlParser } from '@mlship/core';
import { parseConfig } from '../checks/load';
import { refusalLine } from '../read/test-kit';
import { validateDataset } from '../validate';
import { Bindings } from './dialect';
import { duckdbDialect } from './duckdb-dialect';
import { connectDuckdb } from './duckdb';
import { filesSource, GCS_HMAC_ID, GCS_HMAC_SECRET, objectStoreSecrets } from './source';

beforeAll(loadYamlParser);

/**
 * Credentials for object stores on engine duckdb: which DuckDB secret each
 * store gets from the environment, with every key a bound value, and the
 * store layouts refused before any read. DuckDB's httpfs and azure extensions
 * cannot be downloaded here, so the secrets themselves are created only up to
 * DuckDB's own "cannot install" line; that DuckDB binds CREATE SECRET's values
 * as parameters is shown with its built-in http secret.
 */
const KEY_ID = 'GOOG1EXAMPLEHMACKEYID';
const KEY_SECRET = 'bGFyZ2Ugc2VjcmV0IGtleSB0ZXh0';

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(isUserError(e)).toBe(true);
    return describeError(e);
  }
  throw new Error('expected a refusal');
}

describe('object-store secrets from the environment', () => {
  it('s3:// gets the AWS credential chain; gs:// an HMAC secret when both halves are set, else none (public buckets read anonymously)', () => {
    expect(objectStoreSecrets(['s3://b/x.parquet', 'https://h/y.parquet'], {})).toEqual([{ store: 's3', sql: 'CREATE SECRET mlship_s3 (TYPE s3, PROVIDER credential_chain)', params: [], from: expect.stringContaining('AWS credential chain') }]);
    const [gcs] = objectStoreSecrets(['gs://b/x.parquet'], { [GCS_HMAC_ID]: KEY_ID, [GCS_HMAC_SECRET]: KEY_SECRET });
    expect(gcs).toEqual({ store: 'gcs', sql: 'CREATE SECRET mlship_gcs (TYPE gcs, KEY_ID $1, SECRET $2)', params: [KEY_ID, KEY_SECRET], from: `the HMAC key in ${GCS_HMAC_ID} and ${GCS_HMAC_SECRET}` });
    expect(objectStoreSecrets(['gcs://b/x.parquet'], {})).toEqual([]);
    expect(refusal(() => objectStoreSecrets(['gs://b/x.parquet'], { [GCS_HMAC_ID]: KEY_ID }))).toBe(
      `engine duckdb: ${GCS_HMAC_ID} is set but ${GCS_HMAC_SECRET} is not: a Cloud Storage HMAC key has both halves. Set both from secrets, or neither to read a public bucket.`,
    );
  });

  it('az:// gets a connection string or the account with the Azure credential chain, and is refused naming the variables without either; r2:// is refused', () => {
    expect(objectStoreSecrets(['az://c/x.parquet'], { AZURE_STORAGE_CONNECTION_STRING: 'AccountName=a;AccountKey=k2' })).toEqual([expect.objectContaining({ sql: 'CREATE SECRET mlship_azure (TYPE azure, CONNECTION_STRING $1)', params: ['AccountName=a;AccountKey=k2'] })]);
    expect(objectStoreSecrets(['abfss://c@a.dfs.core.windows.net/x.parquet'], { AZURE_STORAGE_ACCOUNT: 'mlacct' })).toEqual([
      expect.objectContaining({ sql: 'CREATE SECRET mlship_azure (TYPE azure, PROVIDER credential_chain, ACCOUNT_NAME $1)', params: ['mlacct'] }),
    ]);
    expect(refusal(() => objectStoreSecrets(['az://c/x.parquet'], {}))).toMatch(/^engine duckdb: an az:\/\/ URL names no storage account, and neither AZURE_STORAGE_ACCOUNT nor AZURE_STORAGE_CONNECTION_STRING is set\. Set AZURE_STORAGE_ACCOUNT/);
    expect(refusal(() => objectStoreSecrets(['r2://b/x.parquet'], {}))).toMatch(/^engine duckdb: r2:\/\/ is not read by engine duckdb/);
    // The same refusals stop the source before the engine starts.
    expect(refusal(() => filesSource('az://c/x.parquet', ['az://c/x.parquet'], 'parquet', false, {}))).toMatch(/AZURE_STORAGE_ACCOUNT/);
  });

  it('DuckDB takes CREATE SECRET values as bound parameters and keeps them out of duckdb_secrets()', async () => {
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
    const conn = await instance.connect();
    try {
      await conn.run('CREATE SECRET bound (TYPE http, BEARER_TOKEN $1)', [KEY_SECRET]);
      const [row] = (await conn.runAndReadAll("SELECT secret_string FROM duckdb_secrets() WHERE name = 'bound'")).getRowObjectsJS();
      expect(String(row!.secret_string)).toContain('bearer_token=redacted');
      expect(String(row!.secret_string)).not.toContain(KEY_SECRET);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it('on engine duckdb, the gs:// secret is created before the first read, and its failure is one line without the key', async () => {
    const lines: string[] = [];
    const engine = await connectDuckdb({ log: (l) => lines.push(l), env: { [GCS_HMAC_ID]: KEY_ID, [GCS_HMAC_SECRET]: KEY_SECRET } });
    try {
      const source = filesSource('gs://bucket/train/*.parquet', ['gs://bucket/train/*.parquet'], 'parquet', false, { [GCS_HMAC_ID]: KEY_ID, [GCS_HMAC_SECRET]: KEY_SECRET });
      const b = new Bindings(duckdbDialect);
      const line = await engine.describe(source.from(b, duckdbDialect), b.values).then(
        () => 'read',
        (e) => describeError(e),
      );
      // This machine cannot download httpfs: DuckDB stops at installing it, with the key only ever a bound value.
      expect(line).toMatch(/^engine duckdb cannot set up Cloud Storage credentials: .*httpfs.*\. DuckDB downloads its httpfs extension at first use/);
      for (const text of [line, ...lines]) {
        expect(text).not.toContain(KEY_ID);
        expect(text).not.toContain(KEY_SECRET);
      }
    } finally {
      await engine.close();
    }
  });
});

describe('object-store credentials in a run', () => {
  it('a gs:// credentials failure stops the run at connect with its own line and hint, not as a failed read', async () => {
    const saved = [process.env[GCS_HMAC_ID], process.env[GCS_HMAC_SECRET]];
    process.env[GCS_HMAC_ID] = KEY_ID;
    process.env[GCS_HMAC_SECRET] = KEY_SECRET;
    try {
      const config = parseConfig(JSON.stringify({ checks: [{ type: 'row_count', min: 1 }] }), 'checks.json');
      const line = await refusalLine(() => validateDataset({ data: 'gs://bucket/train/*.parquet', config, engine: { name: 'duckdb' } }));
      expect(line).toMatch(/^engine duckdb cannot set up Cloud Storage credentials: .*httpfs.*\. DuckDB downloads its httpfs extension at first use/);
      expect(line).not.toContain(KEY_ID);
      expect(line).not.toContain(KEY_SECRET);
    } finally {
      for (const [name, value] of [[GCS_HMAC_ID, saved[0]], [GCS_HMAC_SECRET, saved[1]]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe('Delta Lake and Iceberg files in object storage', () => {
  const refused = (p: string) => refusal(() => filesSource(p, [p], 'parquet', false, {}));

  it('refuses a path that names a table\'s log or metadata: read as files, every version\'s rows would count', () => {
    expect(refused('s3://lake/events/_delta_log/*.checkpoint.parquet')).toMatch(/^engine duckdb: s3:\/\/lake\/events\/_delta_log\/\*\.checkpoint\.parquet is inside a Delta Lake table's _delta_log: .*Give a local table directory/);
    expect(refused('gs://lake/events/metadata/*.parquet')).toMatch(/is inside an Iceberg table's metadata/);
    expect(refused('https://h/warehouse/events/metadata/v3.metadata.json')).toMatch(/is inside an Iceberg table's metadata/);
    expect(refused('s3://lake/events/metadata/snap-123-1-abc.avro')).toMatch(/is inside an Iceberg table's metadata/);
  });

  it('reads what shows no table layout in its path (a glob over a table\'s data files cannot be told from plain files)', () => {
    for (const p of ['s3://lake/events/*.parquet', 's3://lake/events/data/*.parquet', 'gs://b/metadata/train.parquet', 'https://h/metadata-exports/x.parquet']) {
      expect(() => filesSource(p, [p], 'parquet', false, {})).not.toThrow();
    }
  });
});
