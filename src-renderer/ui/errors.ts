/** Turns errors into text for the user: validation problems by field, anything else by message. */
import type { TFunction } from 'i18next';
import { EditError } from '../../src-core/edits';
import { PackageError } from '../../src-core/exchange';
import { HostError } from '../../src-core/host/contract';
import { ClockError } from '../../src-core/sync/hlc';
import { BackupError } from '../db/backup';
import { UndoImportError, UnknownPartnerError } from '../db/exchange';
import { SnapshotFailedError } from '../db/snapshots';
import { isStorageFull } from '../db/storage';
import { SignerTrustError } from '../db/partners';
import { RecordNotFoundError, ValidationError, type FieldProblem } from '../db/repositories/errors';
import { SpreadsheetFileError } from '../workers/spreadsheet-file';

export function problemText(t: TFunction, problem: FieldProblem): string {
  return t(problem.key as 'validation.invalid', {
    ...problem.values,
    defaultValue: t('validation.invalid'),
  });
}

/** Field → message, for forms. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ValidationError)) return {};
  const result: Record<string, string> = {};
  for (const problem of error.problems) result[problem.field] ??= problemText(t, problem);
  return result;
}

export function errorText(t: TFunction, error: unknown): string {
  if (isStorageFull(error)) return t('storageErrors.full');
  if (error instanceof SnapshotFailedError)
    return t('settings.snapshotBeforeFailed', { message: errorText(t, error.failure) });
  if (error instanceof HostError) return t(`hostErrors.${error.reason}`, error.values);
  if (error instanceof BackupError) return t(`backupErrors.${error.code}`, error.values);
  if (error instanceof PackageError) return t(`packageErrors.${error.code}`, error.values);
  if (error instanceof SignerTrustError)
    return t(`exchange.trust.${error.code}Error`, { partner: error.values.partner ?? '' });
  if (error instanceof ClockError)
    return t(`exchange.clockErrors.${error.code}`, { node: error.node?.slice(0, 8) ?? '' });
  if (error instanceof UndoImportError) return t('exchange.undoChangedSince');
  if (error instanceof UnknownPartnerError) return t('exchange.unknownPartner');
  if (error instanceof SpreadsheetFileError) return t(`importFile.${error.code}`, error.values);
  if (error instanceof EditError) return t(error.code);
  if (error instanceof RecordNotFoundError) return t('edit.notFound');
  // Each problem's own words: a field's internal name ("declineReason") means nothing to a user.
  if (error instanceof ValidationError)
    return error.problems.map((p) => problemText(t, p)).join(' ');
  return error instanceof Error ? error.message : String(error);
}
