import { describeError, isUserError } from '@mlship/core';
import { parseBigqueryConnection } from './bigquery';
import { parseDatabricksConnection } from './databricks';
import { requireDriver } from './driver';
import { parseSnowflakeConnection } from './snowflake';
import { parseTrinoConnection, usingLiteral } from './trino';
import { WAREHOUSES } from './warehouses';

/** The one line a bad connection string gives; it never repeats the string (it may hold a password). */
function refusal(parse: () => unknown): string {
  try {
    parse();
  } catch (e) {
    expect(isUserError(e)).toBe(true);
    const line = describeError(e);
    expect(line).not.toContain('\n');
    expect(line).not.toContain('hunter2');
    return line;
  }
  throw new Error('expected a refusal');
}

describe('bigquery://project[/dataset][?location=…]', () => {
  it('reads the project, the default dataset and the location', () => {
    expect(parseBigqueryConnection('bigquery://my-project/training?location=EU')).toEqual({ projectId: 'my-project', dataset: 'training', location: 'EU', label: 'bigquery://my-project/training' });
    expect(parseBigqueryConnection('bigquery://my-project')).toEqual({ projectId: 'my-project', label: 'bigquery://my-project' });
  });

  it('refuses credentials in the string, extra path parts and unknown options, one line each', () => {
    expect(refusal(() => parseBigqueryConnection('bigquery://me:hunter2@my-project'))).toMatch(/^engine bigquery: connection: holds credentials; BigQuery reads them from GOOGLE_APPLICATION_CREDENTIALS .*\. Give connection as bigquery:\/\/<project>/);
    expect(refusal(() => parseBigqueryConnection('bigquery://p/d/t'))).toMatch(/has 2 path parts; give at most one, the default dataset/);
    expect(refusal(() => parseBigqueryConnection('bigquery://p?region=EU'))).toMatch(/unknown option "region"; it takes location/);
    expect(refusal(() => parseBigqueryConnection('bigquery://p?location='))).toMatch(/location is empty/);
    expect(refusal(() => parseBigqueryConnection('postgres://p/d'))).toMatch(/starts with postgres:\/\/, not bigquery:\/\//);
    expect(refusal(() => parseBigqueryConnection('my-project'))).toMatch(/not a URL of the form bigquery:\/\/…/);
  });
});

describe('snowflake://user:password@account/database/schema?warehouse=…&role=…', () => {
  it('reads user, password, account, database, schema, warehouse and role; or a key file instead of the password', () => {
    expect(parseSnowflakeConnection('snowflake://ci_bot:p%40ss%2Fw0rd@myorg-acct1/ML/PUBLIC?warehouse=CI_WH&role=READER')).toEqual({
      account: 'myorg-acct1',
      username: 'ci_bot',
      password: 'p@ss/w0rd',
      database: 'ML',
      schema: 'PUBLIC',
      warehouse: 'CI_WH',
      role: 'READER',
      label: 'snowflake://myorg-acct1/ML/PUBLIC',
    });
    expect(parseSnowflakeConnection('snowflake://ci_bot@myorg-acct1/ML/PUBLIC?private_key_file=/tmp/key.p8')).toMatchObject({ privateKeyPath: '/tmp/key.p8' });
  });

  it('refuses a missing user, secret, database or schema, one line each', () => {
    expect(refusal(() => parseSnowflakeConnection('snowflake://myorg-acct1/ML/PUBLIC'))).toMatch(/^engine snowflake: connection: names no user\./);
    expect(refusal(() => parseSnowflakeConnection('snowflake://bot@myorg-acct1/ML/PUBLIC'))).toMatch(/gives neither a password nor private_key_file/);
    expect(refusal(() => parseSnowflakeConnection('snowflake://bot:hunter2@myorg-acct1/ML/PUBLIC?private_key_file=k.p8'))).toMatch(/gives both a password and private_key_file; give one/);
    expect(refusal(() => parseSnowflakeConnection('snowflake://bot:hunter2@myorg-acct1/ML'))).toMatch(/has 1 path part; give the database and the schema/);
    expect(refusal(() => parseSnowflakeConnection('snowflake://bot:hunter2@myorg-acct1/ML/PUBLIC?warehouse=W&db=X'))).toMatch(/unknown option "db"; it takes warehouse, role, private_key_file/);
    expect(refusal(() => parseSnowflakeConnection('snowflake://bot:hunter2@myorg-acct1:443/ML/PUBLIC'))).toMatch(/names a port; the host part is the account identifier/);
  });
});

describe('databricks://token:<token>@host/<http path>', () => {
  it('reads the host, the HTTP path and the token (or DATABRICKS_TOKEN), and the catalog and schema', () => {
    expect(parseDatabricksConnection('databricks://token:dapi123@adb-1.2.azuredatabricks.net/sql/1.0/warehouses/abc?catalog=main&schema=ml', {})).toEqual({
      host: 'adb-1.2.azuredatabricks.net',
      path: '/sql/1.0/warehouses/abc',
      token: 'dapi123',
      catalog: 'main',
      schema: 'ml',
      label: 'databricks://adb-1.2.azuredatabricks.net/sql/1.0/warehouses/abc',
    });
    expect(parseDatabricksConnection('databricks://adb-1.azuredatabricks.net/sql/1.0/warehouses/abc', { DATABRICKS_TOKEN: 'dapi9' }).token).toBe('dapi9');
  });

  it('refuses another user, no token and no HTTP path, one line each', () => {
    expect(refusal(() => parseDatabricksConnection('databricks://me:hunter2@h/sql/1.0/warehouses/a', {}))).toMatch(/names the user "me"; a personal access token goes in as token:<token>@/);
    expect(refusal(() => parseDatabricksConnection('databricks://h/sql/1.0/warehouses/a', {}))).toMatch(/gives no token, and DATABRICKS_TOKEN is not set/);
    expect(refusal(() => parseDatabricksConnection('databricks://token:hunter2@h', {}))).toMatch(/names no HTTP path/);
  });
});

describe('trino://user[:password]@host:port/catalog/schema', () => {
  it('reads the server (https with a password), user, catalog and schema', () => {
    expect(parseTrinoConnection('trino://analyst@trino.internal:8080/hive/ml')).toEqual({ server: 'http://trino.internal:8080', user: 'analyst', catalog: 'hive', schema: 'ml', label: 'trino://trino.internal:8080/hive/ml' });
    expect(parseTrinoConnection('trino://analyst:pw@trino.example.com/hive/ml')).toMatchObject({ server: 'https://trino.example.com:443', password: 'pw' });
    expect(parseTrinoConnection('trino://analyst@127.0.0.1:8443/hive/ml?ssl=true').server).toBe('https://127.0.0.1:8443');
  });

  it('refuses no user, a missing schema and a bad ssl, one line each', () => {
    expect(refusal(() => parseTrinoConnection('trino://trino.internal:8080/hive/ml'))).toMatch(/names no user/);
    expect(refusal(() => parseTrinoConnection('trino://a:hunter2@trino.internal:8080/hive'))).toMatch(/has 1 path part; give the catalog and the schema/);
    expect(refusal(() => parseTrinoConnection('trino://a:hunter2@trino.internal:8080/hive/ml?ssl=yes'))).toMatch(/ssl is "yes"; it takes true or false/);
  });

  it('writes each bound value as one literal of EXECUTE … USING', () => {
    expect(usingLiteral("'; DROP TABLE keep; --")).toBe("'''; DROP TABLE keep; --'");
    expect(usingLiteral('it\\\'s')).toBe("'it\\''s'");
    expect(usingLiteral(1704067200000)).toBe("DOUBLE '1704067200000'");
    expect(usingLiteral(1e-7)).toBe("DOUBLE '1e-7'");
    expect(usingLiteral(false)).toBe('FALSE');
  });
});

describe('vendor drivers', () => {
  it.each(Object.entries(WAREHOUSES))('%s: a missing driver off a runner is one line saying what to install', async (name) => {
    const driver = (await import(`./${name}`))[`${name.toUpperCase()}_DRIVER`] as { name: string; version: string; engine: string };
    expect(driver.engine).toBe(name);
    // The project installs none of them (trino-client only as a dev dependency, for the protocol double).
    const absent = { ...driver, name: `@mlship-test/absent-${name}` };
    await expect(requireDriver(absent, () => {}, {}).catch((e) => describeError(e))).resolves.toBe(
      `engine ${name} needs the @mlship-test/absent-${name} driver, which is not installed. Install it next to mlship (npm install @mlship-test/absent-${name}@${driver.version}); on a GitHub runner mlship installs it into the tool cache at first use.`,
    );
  });
});
