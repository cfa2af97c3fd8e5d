/** Typed errors survive the trip out of the worker: serialised there, rebuilt here. */
import { PackageError, type PackageErrorCode } from '../../src-core/exchange';
import { HostError, type HostErrorCode, type HostErrorDetail } from '../../src-core/host/errors';
import { ClockError, type ClockErrorCode } from '../../src-core/sync/hlc';
import { BackupError, type BackupErrorCode } from '../db/backup';
import { SignerTrustError, type TrustReason } from '../db/partners';
import { isStorageFull } from '../db/storage';
import { ValidationError } from '../db/repositories/errors';
import type { SerializedError } from './protocol';
import { SpreadsheetFileError, type SpreadsheetFileErrorCode } from './spreadsheet-file';

export function serializeError(error: unknown): SerializedError {
  if (
    error instanceof SpreadsheetFileError ||
    error instanceof BackupError ||
    error instanceof PackageError ||
    error instanceof SignerTrustError
  ) {
    return { name: error.name, message: error.message, code: error.code, values: error.values };
  }
  if (error instanceof ClockError) {
    const values: Record<string, string> = error.node === undefined ? {} : { node: error.node };
    return { name: error.name, message: error.message, code: error.code, values };
  }
  if (error instanceof ValidationError) {
    return { name: error.name, message: error.message, problems: error.problems };
  }
  if (error instanceof HostError) {
    const { name, message, code, reason, values } = error;
    return { name, message, code, reason, values };
  }
  // A full disk keeps its name across, however IndexedDB or Dexie wrapped it.
  if (isStorageFull(error)) return { name: 'QuotaExceededError', message: String(error) };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function rebuildError(error: SerializedError): Error {
  switch (error.name) {
    case 'SpreadsheetFileError':
      return new SpreadsheetFileError(error.code as SpreadsheetFileErrorCode, { ...error.values });
    case 'BackupError':
      return new BackupError(error.code as BackupErrorCode, { ...error.values });
    case 'PackageError':
      return new PackageError(error.code as PackageErrorCode, { ...error.values });
    case 'SignerTrustError':
      return new SignerTrustError(error.code as TrustReason, stringValues(error.values));
    case 'ClockError': {
      const node = error.values?.node;
      return new ClockError(
        error.code as ClockErrorCode,
        error.message,
        node === undefined ? undefined : String(node),
      );
    }
    case 'ValidationError':
      return new ValidationError(error.problems ?? []);
    case 'HostError':
      // Checked again by the page's errorText, which words only known reasons with their values.
      return new HostError(
        error.code as HostErrorCode,
        ...([error.reason, { ...error.values }, error.message] as unknown as [
          ...HostErrorDetail,
          string,
        ]),
      );
    default: {
      const rebuilt = new Error(error.message);
      rebuilt.name = error.name;
      return rebuilt;
    }
  }
}

function stringValues(values: SerializedError['values']): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, String(v)]));
}
