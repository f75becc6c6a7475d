import { UserError } from '@mlship/core';

/** A warehouse connection string, read: credentials decoded, the path split, the query keys checked. */
export interface ConnectionUrl {
  user?: string;
  password?: string;
  host: string;
  port?: number;
  /** The path's parts, decoded, empty ones left out. */
  path: string[];
  options: Record<string, string>;
}

/**
 * Reads `connection` as `<engine>://…` in the form `form`, refusing query keys
 * outside `keys`. Messages name the part that is wrong, never the string
 * itself: it may hold a password.
 */
export function parseConnectionUrl(engine: string, connection: string, form: string, keys: readonly string[]): ConnectionUrl {
  const fail = (why: string) => new UserError(`connection: ${why}`, { where: `engine ${engine}`, hint: `Give connection as ${form}.` });
  let u: URL;
  try {
    u = new URL(connection.trim());
  } catch {
    throw fail(`not a URL of the form ${engine}://…`);
  }
  if (u.protocol !== `${engine}:`) throw fail(`starts with ${u.protocol.replace(/:$/, '') || 'no scheme'}://, not ${engine}://`);
  if (!u.hostname) throw fail('names no host');
  const options: Record<string, string> = {};
  for (const [key, value] of u.searchParams) {
    if (!keys.includes(key)) throw fail(`unknown option "${key}"; ${keys.length ? `it takes ${keys.join(', ')}` : 'it takes none'}`);
    if (key in options) throw fail(`option "${key}" is given twice`);
    options[key] = value;
  }
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      throw fail('has a malformed %-escape');
    }
  };
  return {
    ...(u.username ? { user: decode(u.username) } : {}),
    ...(u.password ? { password: decode(u.password) } : {}),
    host: decode(u.hostname),
    ...(u.port ? { port: Number(u.port) } : {}),
    path: u.pathname.split('/').filter(Boolean).map(decode),
    options,
  };
}

/** Where the data is, for messages and the report: no credentials. */
export const serverLabel = (engine: string, host: string, path: string[]): string => `${engine}://${[host, ...path].join('/')}`;
