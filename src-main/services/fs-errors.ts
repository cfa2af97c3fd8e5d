/**
 * Turns Node file-system errors into HostErrors a facilitator can act on. Only the error code is
 * looked at; the raw message (with internal paths and syscalls) stays in the main process.
 */
import { HostError } from '../../src-core/host/contract';

const messages: Record<string, string> = {
  ENOSPC: 'The disk is full. Free some space on this computer, then try again.',
  EDQUOT: 'The disk is full (your storage quota is used up). Free some space, then try again.',
  EACCES: 'This app is not allowed to use that location. Choose another folder.',
  EPERM:
    'This app is not allowed to use that location, or another program is holding the file. Close it or choose another folder.',
  EROFS: 'That location is read-only. Choose another folder.',
  EBUSY: 'Another program is using the file. Close it, then try again.',
  ENOENT: 'The file or folder no longer exists.',
  EISDIR: 'That name belongs to a folder, not a file.',
  ENAMETOOLONG: 'The file name or path is too long. Choose a shorter name or another folder.',
  EMFILE: 'Too many files are open right now. Try again in a moment.',
};

/** The `code` of a Node system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** `action` completes "Could not …", e.g. "save report.pdf". HostErrors pass through unchanged. */
export function toHostIoError(error: unknown, action: string): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const known = code ? messages[code] : undefined;
  if (known) return new HostError('io', known);
  return new HostError('io', `Could not ${action}${code ? ` (${code})` : ''}.`);
}
