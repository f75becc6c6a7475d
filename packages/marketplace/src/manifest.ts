import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The table scripts/marketplace-action.js writes beside the dispatcher bundle
 * (dist/marketplace/actions.json): which actions the root action can run, where
 * their bundles are, and what they need from it. Bundle paths are relative to dist/.
 */
export interface Manifest {
  actions: Record<string, { main: string; post?: string; inputs: string[]; workflowToken?: string[] }>;
  /** Root inputs with a default: the runner always sets them, so their presence says nothing. */
  defaulted: string[];
}

/** Written by the main step, read by the post step: the action that actually ran. */
export const STATE_ACTION = 'mlship-marketplace-action';

/** dist/, from a dispatcher entry `depth` directories below it. */
export const distDir = (entryUrl: string, depth: number): string => path.resolve(path.dirname(fileURLToPath(entryUrl)), ...Array<string>(depth).fill('..'));

export const readManifest = (dist: string): Manifest => JSON.parse(fs.readFileSync(path.join(dist, 'marketplace', 'actions.json'), 'utf8')) as Manifest;
