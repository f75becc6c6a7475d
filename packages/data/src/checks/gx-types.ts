import type { CheckSpec } from './config';

type Kind = Extract<CheckSpec, { type: 'column_type' }>['dtype'];

/**
 * The `type_` names GX's pandas backend accepts (Python builtins, numpy and
 * pandas dtype names and their aliases), by the column kind they describe.
 * An object column (`O`, `object`, `object_`) holds text after reading.
 */
const groups: Record<Kind, string[]> = {
  int: ['int', 'int_', 'int8', 'int16', 'int32', 'int64', 'Int8', 'Int16', 'Int32', 'Int64', 'uint8', 'uint16', 'uint32', 'uint64', 'UInt8', 'UInt16', 'UInt32', 'UInt64', 'integer', 'long', 'longlong', 'intc', 'intp'],
  float: ['float', 'float_', 'float16', 'float32', 'float64', 'Float32', 'Float64', 'double', 'single', 'half', 'longdouble'],
  number: ['number'],
  decimal: ['Decimal', 'decimal'],
  bool: ['bool', 'bool_', 'boolean'],
  string: ['str', 'str_', 'string', 'unicode_', 'object', 'object_', 'O'],
  timestamp: ['datetime64', 'datetime64[ns]', 'datetime64[us]', 'datetime64[ms]', 'datetime64[s]', 'datetime', 'Timestamp', 'timestamp'],
  date: ['date'],
  binary: ['bytes', 'bytes_'],
  nested: ['list', 'dict'],
};

export const gxTypeNames: Record<string, Kind> = Object.fromEntries(Object.entries(groups).flatMap(([kind, names]) => names.map((n) => [n, kind as Kind])));
