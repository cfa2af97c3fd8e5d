/**
 * What every `mcs` command shares: the output channels, the one-line reason of a failure, the
 * argument parser, and the expansion of folders into the package files directly in them.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isPackageError, packageErrorMessage } from '../../src-core/exchange/errors';

export interface McsIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** A problem of an input that is not a package error: its message is the line shown. */
export class McsInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'McsInputError';
  }
}

/** The reason a file could not be read or was refused, as one English line. */
export function reasonOf(error: unknown): string {
  if (isPackageError(error)) return packageErrorMessage(error);
  if (error instanceof McsInputError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EEXIST') return 'already exists (not overwritten)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return 'cannot be read';
}

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface ParsedArgs {
  readonly files: string[];
  /** `--name value` options. */
  readonly options: Map<string, string>;
  /** `--name` flags given. */
  readonly flags: Set<string>;
}

/**
 * Positional arguments, `--name value` options and `--name` flags; undefined on an unknown,
 * repeated or valueless option.
 */
export function parseArgs(
  args: readonly string[],
  options: ReadonlySet<string>,
  flags: ReadonlySet<string> = new Set(),
): ParsedArgs | undefined {
  const parsed: ParsedArgs = { files: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      parsed.files.push(arg);
    } else if (flags.has(arg)) {
      if (parsed.flags.has(arg)) return undefined;
      parsed.flags.add(arg);
    } else {
      const value = args[i + 1];
      if (!options.has(arg) || value === undefined || parsed.options.has(arg)) return undefined;
      parsed.options.set(arg, value);
      i++;
    }
  }
  return parsed;
}

/** One input after folders are expanded: a file to read, or the reason it cannot be. */
export interface McsInput {
  readonly file: string;
  readonly error?: unknown;
}

const PACKAGE_EXTENSION = '.mcpkg';

/** The `*.mcpkg` regular files directly in `folder`, sorted by name (hidden files left out). */
async function packagesIn(folder: string, exclude: ReadonlySet<string>): Promise<McsInput[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    return [{ file: folder, error }];
  }
  const files: string[] = [];
  for (const name of names.sort(compareText)) {
    if (name.startsWith('.') || !name.toLowerCase().endsWith(PACKAGE_EXTENSION)) continue;
    const file = join(folder, name);
    if (exclude.has(resolve(file))) continue;
    try {
      // stat, not the entry's type: follows links, and network shares may not report types.
      if ((await stat(file)).isFile()) files.push(file);
    } catch {
      // Removed (or a dangling link) since the listing: not a package now.
    }
  }
  if (files.length === 0) {
    return [{ file: folder, error: new McsInputError('no .mcpkg files in this folder') }];
  }
  return files.map((file) => ({ file }));
}

/**
 * The inputs with every folder replaced by the `*.mcpkg` files directly in it (sorted by name,
 * other files ignored; `exclude` lists resolved paths to leave out of folders, e.g. the output).
 * An empty or unreadable folder becomes one input with its error; anything else stays as given
 * (reading it says what is wrong).
 */
export async function expandInputs(
  inputs: readonly string[],
  exclude: ReadonlySet<string> = new Set(),
): Promise<McsInput[]> {
  const out: McsInput[] = [];
  for (const input of inputs) {
    let isFolder = false;
    try {
      isFolder = (await stat(input)).isDirectory();
    } catch {
      // Not there or not reachable: reading it gives the reason.
    }
    if (isFolder) out.push(...(await packagesIn(input, exclude)));
    else out.push({ file: input });
  }
  return out;
}

/** "1 package" / "3 packages". */
export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
