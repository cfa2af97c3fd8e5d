/** Typed errors survive the trip out of the worker: serialised there, rebuilt here. */
import { BackupError, type BackupErrorCode } from '../db/backup';
import { ValidationError } from '../db/repositories/errors';
import type { SerializedError } from './protocol';
import { SpreadsheetFileError, type SpreadsheetFileErrorCode } from './spreadsheet-file';

export function serializeError(error: unknown): SerializedError {
  if (error instanceof SpreadsheetFileError || error instanceof BackupError) {
    return { name: error.name, message: error.message, code: error.code, values: error.values };
  }
  if (error instanceof ValidationError) {
    return { name: error.name, message: error.message, problems: error.problems };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function rebuildError(error: SerializedError): Error {
  switch (error.name) {
    case 'SpreadsheetFileError':
      return new SpreadsheetFileError(error.code as SpreadsheetFileErrorCode, { ...error.values });
    case 'BackupError':
      return new BackupError(error.code as BackupErrorCode, { ...error.values });
    case 'ValidationError':
      return new ValidationError(error.problems ?? []);
    default: {
      const rebuilt = new Error(error.message);
      rebuilt.name = error.name;
      return rebuilt;
    }
  }
}
