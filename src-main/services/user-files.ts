/** Reads the files the user picked in an open dialog, refusing ones too large to handle. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HostError, MAX_FILE_BYTES, type OpenedFile } from '../../src-core/host/contract';
import { toHostIoError } from './fs-errors';

/**
 * A Uint8Array over the Buffer's memory when the Buffer owns its whole ArrayBuffer (what readFile
 * returns for real files), else a copy: IPC clones the entire underlying ArrayBuffer, which for a
 * pooled Buffer would carry unrelated bytes along.
 */
export function toPlainBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  const memory = buffer.buffer;
  if (
    memory instanceof ArrayBuffer &&
    buffer.byteOffset === 0 &&
    buffer.byteLength === memory.byteLength
  ) {
    return new Uint8Array(memory, 0, buffer.byteLength);
  }
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return copy;
}

export async function readUserFiles(
  filePaths: readonly string[],
  maxBytes = MAX_FILE_BYTES,
): Promise<OpenedFile[]> {
  const files: OpenedFile[] = [];
  for (const filePath of filePaths) {
    const name = path.basename(filePath);
    try {
      const stats = await fs.stat(filePath);
      if (!stats.isFile()) {
        throw new HostError('invalid-request', 'notAFile', { name }, `${name} is not a file.`);
      }
      if (stats.size > maxBytes) {
        const limit = Math.round(maxBytes / (1024 * 1024));
        throw new HostError(
          'invalid-request',
          'fileTooLarge',
          { name, limit },
          `${name} is larger than ${limit} MB and cannot be opened.`,
        );
      }
      files.push({ name, data: toPlainBytes(await fs.readFile(filePath)) });
    } catch (error) {
      throw toHostIoError(error, `open ${name}`, 'openFailed', { name });
    }
  }
  return files;
}
