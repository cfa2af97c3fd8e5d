/**
 * Reads YAML the way electron-builder does: with js-yaml, the parser electron-builder itself
 * loads electron-builder.yml with (already installed with it; no dependency of our own).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const jsYaml = require('js-yaml') as {
  load(text: string, options?: { filename?: string }): unknown;
};

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** The parsed contents of a YAML file of the repository (path relative to its root). */
export function readYaml(relativePath: string): unknown {
  const filename = path.join(repositoryRoot, relativePath);
  return jsYaml.load(readFileSync(filename, 'utf8'), { filename });
}

/** A plain object, or null: what a YAML mapping parses to. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
