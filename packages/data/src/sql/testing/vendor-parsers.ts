import { init, parse } from '@guanmingchiu/sqlparser-ts';
import { SparkSQL, TrinoSQL } from 'dt-sql-parser';

/**
 * Dialect-aware SQL parsers for the engines that cannot run here. Trino and
 * Databricks through dt-sql-parser's ANTLR grammars (Trino's own grammar; Spark
 * SQL's), Databricks also through sqlparser-rs; BigQuery and Snowflake through
 * sqlparser-rs (Apache DataFusion's parser, compiled to WebAssembly).
 * node-sql-parser was tried first and refuses constructs these vendors
 * document: WITHIN GROUP (Snowflake), GROUPING SETS (its BigQuery, Snowflake
 * and Hive grammars), OFFSET(expression) (BigQuery) and ? parameters (Trino).
 */
export interface ParseOutcome {
  /** Each parser's complaints, one line each; empty when every parser for the dialect accepts the text. */
  errors: string[];
  /** How many statements the parsers found (a pasted `; DROP TABLE` would make two). */
  statements: number[];
}

let ready: Promise<void> | undefined;
const trino = new TrinoSQL();
const spark = new SparkSQL();

function antlr(name: string, parser: TrinoSQL | SparkSQL, sql: string): ParseOutcome {
  return { errors: parser.validate(sql).map((e) => `${name}: ${e.startLine}:${e.startColumn} ${e.message}`), statements: [parser.splitSQLByStatement(sql)?.length ?? 0] };
}

function rust(dialect: 'bigquery' | 'snowflake' | 'databricks', sql: string): ParseOutcome {
  try {
    return { errors: [], statements: [parse(sql, dialect).length] };
  } catch (e) {
    return { errors: [`sqlparser-rs ${dialect}: ${(e as Error).message}`], statements: [] };
  }
}

export async function parseAs(engine: string, sql: string): Promise<ParseOutcome> {
  await (ready ??= init());
  const outcomes =
    engine === 'trino' ? [antlr('dt-sql-parser trino', trino, sql)]
    : engine === 'databricks' ? [antlr('dt-sql-parser spark', spark, sql), rust('databricks', sql)]
    : engine === 'bigquery' || engine === 'snowflake' ? [rust(engine, sql)]
    : undefined;
  if (!outcomes) throw new Error(`no parser for ${engine}`);
  return { errors: outcomes.flatMap((o) => o.errors), statements: outcomes.flatMap((o) => o.statements) };
}
