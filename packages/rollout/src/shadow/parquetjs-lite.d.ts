/** The part of parquetjs-lite (a dev dependency) the agreement test uses to write its parquet logs. */
declare module 'parquetjs-lite' {
  interface FieldSpec {
    type: 'UTF8' | 'INT64' | 'DOUBLE' | 'BOOLEAN';
    optional?: boolean;
  }
  class ParquetSchema {
    constructor(fields: Record<string, FieldSpec>);
  }
  class ParquetWriter {
    static openFile(schema: ParquetSchema, path: string): Promise<ParquetWriter>;
    appendRow(row: Record<string, unknown>): Promise<void>;
    close(): Promise<void>;
  }
  const parquet: { ParquetSchema: typeof ParquetSchema; ParquetWriter: typeof ParquetWriter };
  export default parquet;
}
