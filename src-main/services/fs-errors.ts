/**
 * Turns Node file-system errors into HostErrors a facilitator can act on. Only the error code is
 * looked at; the raw message (with internal paths and syscalls) stays in the main process.
 */
import { HostError, type HostErrorDetail } from '../../src-core/host/contract';

/** The file-system codes with a sentence of their own: its reason and values, and the English. */
const known = new Map<string, readonly [...HostErrorDetail, message: string]>([
  [
    'ENOSPC',
    ['diskFull', {}, 'The disk is full. Free some space on this computer, then try again.'],
  ],
  [
    'EDQUOT',
    [
      'quotaFull',
      {},
      'The disk is full (your storage quota is used up). Free some space, then try again.',
    ],
  ],
  [
    'EACCES',
    ['notAllowed', {}, 'This app is not allowed to use that location. Choose another folder.'],
  ],
  [
    'EPERM',
    [
      'notAllowedOrBusy',
      {},
      'This app is not allowed to use that location, or another program is holding the file. Close it or choose another folder.',
    ],
  ],
  ['EROFS', ['readOnly', {}, 'That location is read-only. Choose another folder.']],
  ['EBUSY', ['fileBusy', {}, 'Another program is using the file. Close it, then try again.']],
  ['ENOENT', ['notFound', {}, 'The file or folder no longer exists.']],
  ['EISDIR', ['isAFolder', {}, 'That name belongs to a folder, not a file.']],
  [
    'ENAMETOOLONG',
    [
      'nameTooLong',
      {},
      'The file name or path is too long. Choose a shorter name or another folder.',
    ],
  ],
  ['EMFILE', ['tooManyFilesOpen', {}, 'Too many files are open right now. Try again in a moment.']],
]);

/** The `code` of a Node system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * A HostError for a failed file-system call. A code with a sentence of its own gets it; any other
 * is worded by `failure` (the reason and values of what was being done) and, for the log, by
 * `action`, which completes "Could not …" (e.g. "save report.pdf"). HostErrors pass through.
 */
export function toHostIoError(
  error: unknown,
  action: string,
  ...failure: HostErrorDetail
): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const sentence = code === undefined ? undefined : known.get(code);
  if (sentence) return new HostError('io', ...sentence);
  return new HostError('io', ...failure, `Could not ${action}${code ? ` (${code})` : ''}.`);
}
