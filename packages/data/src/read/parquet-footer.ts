import { UserError } from '@mlship/core/errors';
import { parquetMetadataAsync, type AsyncBuffer, type FileMetaData, type ParquetParsers } from 'hyparquet';
import type { ColumnKind, DataFile } from '../table';
import { HINTS, ParquetFault, refusal } from './parquet-faults';

/**
 * The file's footer, checked before any page is read: the end markers (a
 * missing PAR1 is the one case where truncation is the likely cause), Parquet
 * Modular Encryption (an encrypted footer ends in PARE; a plaintext footer
 * still marks encrypted columns), and a schema whose leaves have a physical type.
 */
export async function readFooter(file: DataFile, buffer: AsyncBuffer, parsers: Partial<ParquetParsers>): Promise<FileMetaData> {
  const size = buffer.byteLength;
  const head = size >= 4 ? latin1(await buffer.slice(0, 4)) : '';
  const tail = size >= 8 ? latin1(await buffer.slice(size - 4)) : '';
  if (tail === 'PARE') throw new UserError('is encrypted with Parquet Modular Encryption (its footer is encrypted)', { where: file.path, hint: HINTS.encrypted });
  if (tail !== 'PAR1') {
    if (head !== 'PAR1' && head !== 'PARE') {
      throw new UserError(`not a readable parquet file: it neither starts nor ends with the parquet marker PAR1 (${size} bytes)`, {
        where: file.path,
        hint: 'Check that it is a parquet file (a CSV or JSON file named .parquet?), or give it the extension of its format.',
      });
    }
    throw refusal(file, new ParquetFault(`it starts as parquet but does not end with the footer marker PAR1 (${size} bytes)`, HINTS.truncated));
  }
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer, { parsers });
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    // The footer's length word points before the file's start: bytes are missing.
    const hint = /exceeds available buffer|too short/.test(message) ? HINTS.truncated : HINTS.damaged;
    const why = e instanceof TypeError || e instanceof RangeError ? 'its schema, row groups and column chunks do not fit together (a field is missing or has an invalid value)' : message.replace(/^parquet /, '');
    throw refusal(file, new ParquetFault(`its footer (the file metadata) cannot be decoded: ${why}`, hint));
  }
  checkSchema(file, metadata);
  const encrypted = metadata.row_groups.flatMap((g) => g.columns).find((c) => c.crypto_metadata || c.encrypted_column_metadata);
  if (encrypted) {
    const name = encrypted.meta_data?.path_in_schema.join('.');
    throw new UserError(`is encrypted with Parquet Modular Encryption (column${name ? ` "${name}"` : 's'} encrypted, footer in plain text)`, { where: file.path, hint: HINTS.encrypted });
  }
  return metadata;
}

const PHYSICAL_TYPES = new Set(['BOOLEAN', 'INT32', 'INT64', 'INT96', 'FLOAT', 'DOUBLE', 'BYTE_ARRAY', 'FIXED_LEN_BYTE_ARRAY']);

/** Every leaf of the schema has one of the eight physical types, and every group as many children as it declares. */
function checkSchema(file: DataFile, metadata: FileMetaData): void {
  const schema = metadata.schema;
  let next = 1;
  const walk = (at: number): void => {
    const el = schema[at]!;
    const children = el.num_children ?? 0;
    // A leaf has no num_children at all; a group with none declared is an empty struct.
    if (el.num_children === undefined && at > 0 && !PHYSICAL_TYPES.has(el.type ?? '')) {
      throw refusal(file, new ParquetFault(`its footer's schema gives column "${el.name}" no valid physical type`));
    }
    for (let c = 0; c < children; c++) {
      if (next >= schema.length) throw refusal(file, new ParquetFault(`its footer's schema declares ${children} children for "${el.name || 'the root'}" but ends after ${schema.length} elements`));
      walk(next++);
    }
  };
  if (!schema.length) throw refusal(file, new ParquetFault('its footer has no schema'));
  walk(0);
}

/**
 * V8's longest string, in UTF-16 units (2^29 - 24 on 64-bit): a text, binary
 * (hex, two units a byte) or nested (JSON) value longer than this cannot be a
 * cell. Checked from the footer, before a page is decompressed: a chunk whose
 * values average more than the limit holds at least one value over it.
 */
const MAX_STRING_UNITS = 2 ** 29 - 24;

export function refuseOversizedValues(file: DataFile, metadata: FileMetaData, columns: string[], kinds: ColumnKind[]): void {
  for (const [group, rowGroup] of metadata.row_groups.entries()) {
    for (const chunk of rowGroup.columns) {
      const meta = chunk.meta_data;
      if (!meta || (meta.type !== 'BYTE_ARRAY' && meta.type !== 'FIXED_LEN_BYTE_ARRAY')) continue;
      const j = columns.indexOf(meta.path_in_schema[0]!);
      if (j < 0) continue;
      const values = Math.max(1, Number(meta.num_values));
      const bytes = Number(meta.total_uncompressed_size);
      const unitsPerByte = kinds[j] === 'binary' ? 2 : 1;
      if ((bytes / values) * unitsPerByte <= MAX_STRING_UNITS) continue;
      const path = meta.path_in_schema.join('.');
      throw new UserError(
        `column "${columns[j]}" in row group ${group} holds a value larger than the JavaScript engine can hold: ${values} value${values === 1 ? '' : 's'} of "${path}" take ${size(bytes)}, ${size(bytes / values)} on average, over the ${size(MAX_STRING_UNITS / unitsPerByte)} one value can be; refused before reading it`,
        { where: file.path, hint: HINTS.tooLarge },
      );
    }
  }
}

const size = (bytes: number): string => (bytes < 2 ** 30 ? `${Math.round(bytes / 2 ** 20)} MiB` : `${(bytes / 2 ** 30).toFixed(1)} GiB`);

const latin1 = (b: ArrayBuffer): string => Buffer.from(b).toString('latin1');
