// Atomic writes on a real temporary folder, with failures injected into the file-system calls.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../src-core/host/contract';
import {
  nodeFileSystem,
  writeFileAtomic,
  type AtomicFileSystem,
  type WritableHandle,
} from '../../src-main/services/atomic-file';
import { toHostIoError } from '../../src-main/services/fs-errors';

let folder: string;
const encoder = new TextEncoder();

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'mcs-atomic-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated failure, write '/secret/internal/path'`), {
    code,
  });
}

/** Real file system, except that the given step fails (after really writing part of the data). */
function failingFileSystem(
  step: 'write' | 'sync' | 'rename' | 'open',
  code = 'EIO',
): AtomicFileSystem {
  return {
    async open(filePath, flags, mode) {
      if (step === 'open') throw systemError(code);
      const real = await nodeFileSystem.open(filePath, flags, mode);
      const handle: WritableHandle = {
        async write(data, offset, length, position) {
          if (step !== 'write') return real.write(data, offset, length, position);
          // Half of the bytes reach the temporary file, then the disk gives out.
          await real.write(data, offset, Math.floor(length / 2), position);
          throw systemError(code);
        },
        sync: () => (step === 'sync' ? Promise.reject(systemError(code)) : real.sync()),
        close: () => real.close(),
      };
      return handle;
    },
    rename: (from, to) =>
      step === 'rename' ? Promise.reject(systemError(code)) : nodeFileSystem.rename(from, to),
    rm: (filePath, options) => nodeFileSystem.rm(filePath, options),
  };
}

async function catchError(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('writeFileAtomic', () => {
  it('creates a new file and leaves no temporary file behind', async () => {
    const target = path.join(folder, 'report.csv');
    await writeFileAtomic(target, encoder.encode('a,b\n1,2\n'));
    expect(await readFile(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(await readdir(folder)).toEqual(['report.csv']);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(folder, 'report.csv');
    await writeFile(target, 'old contents that are longer than the new ones');
    await writeFileAtomic(target, encoder.encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['report.csv']);
  });

  it('writes large files that take several write calls', async () => {
    const target = path.join(folder, 'big.bin');
    const data = new Uint8Array(9 * 1024 * 1024 + 17).map((_, i) => i % 251);
    await writeFileAtomic(target, data);
    expect(Buffer.compare(await readFile(target), Buffer.from(data))).toBe(0);
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'leaves the previous file intact when %s fails midway',
    async (step) => {
      const target = path.join(folder, 'workspace.mcpkg');
      await writeFile(target, 'previous version');
      const error = await catchError(
        writeFileAtomic(target, encoder.encode('x'.repeat(100_000)), failingFileSystem(step)),
      );
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe('io');
      expect(await readFile(target, 'utf8')).toBe('previous version');
      expect(await readdir(folder)).toEqual(['workspace.mcpkg']);
    },
  );

  it('leaves no file at all when a first write fails', async () => {
    const target = path.join(folder, 'new.mcpkg');
    await catchError(writeFileAtomic(target, encoder.encode('data'), failingFileSystem('write')));
    expect(await readdir(folder)).toEqual([]);
  });

  it('says clearly when the disk is full, without internal details', async () => {
    const target = path.join(folder, 'workspace.mcpkg');
    await writeFile(target, 'previous version');
    const error = await catchError(
      writeFileAtomic(target, encoder.encode('new data'), failingFileSystem('write', 'ENOSPC')),
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/^The disk is full/);
    expect((error as HostError).message).not.toContain('/secret/internal/path');
    expect(await readFile(target, 'utf8')).toBe('previous version');
  });

  it('explains a missing folder', async () => {
    const error = await catchError(
      writeFileAtomic(path.join(folder, 'gone', 'x.csv'), encoder.encode('x')),
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/no longer exists/);
  });

  it('maps a refused temporary file (open) like any other failure', async () => {
    const error = await catchError(
      writeFileAtomic(
        path.join(folder, 'x.csv'),
        encoder.encode('x'),
        failingFileSystem('open', 'EACCES'),
      ),
    );
    expect((error as HostError).message).toMatch(/not allowed/);
  });
});

describe('toHostIoError', () => {
  it('names the action and the code for unfamiliar errors', () => {
    const error = toHostIoError(systemError('EWEIRD'), 'save report.pdf', 'saveFailed', {
      name: 'report.pdf',
    });
    expect(error.message).toBe('Could not save report.pdf (EWEIRD).');
    expect(error).toMatchObject({ reason: 'saveFailed', values: { name: 'report.pdf' } });
  });

  it('words a familiar code by its own reason', () => {
    const error = toHostIoError(systemError('ENOSPC'), 'save report.pdf', 'saveFailed', {
      name: 'report.pdf',
    });
    expect(error).toMatchObject({ code: 'io', reason: 'diskFull', values: {} });
  });

  it('passes HostErrors through', () => {
    const original = new HostError('invalid-request', 'invalidRequest', {}, 'nope');
    expect(toHostIoError(original, 'x', 'ioFailed', {})).toBe(original);
  });
});
