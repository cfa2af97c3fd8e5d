/**
 * Runs commands from the command table for a page: a refusal or failure becomes an error notice
 * (in the user's language), a success a notice — with Undo when the command can be undone and
 * the caller names what happened. Resolves true when the command wrote.
 */
import { useTranslation } from 'react-i18next';
import { runCommand, type CommandArgs, type CommandName } from '../db/commands';
import { trackWrite } from '../db/pending-writes';
import { useWorkspace } from '../db/provider';
import { useStudioStore } from '../state/store';
import { todayIso } from './today';
import { useNotifyError } from './useNotifyError';

export interface CommandNotice {
  /** Said when the command succeeds ("Saved.", "Action removed."); silent when absent. */
  readonly success?: string;
  /** Offer Undo in the success notice (default: when a success message is given). */
  readonly undo?: boolean;
}

export type RunCommand = <N extends CommandName>(
  name: N,
  args: CommandArgs<N>,
  notice?: CommandNotice,
) => Promise<boolean>;

export function useCommand(): RunCommand {
  const { t } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  return async (name, args, notice = {}) => {
    try {
      // Counted from the click, before its transaction opens: leaving the page asks until it lands.
      const outcome = await trackWrite(
        runCommand({ db, repositories, today: todayIso() }, name, args),
      );
      const undo = outcome.undo;
      if (notice.success) {
        const offerUndo = (notice.undo ?? true) && undo !== undefined;
        notify({
          tone: 'success',
          message: notice.success,
          action: offerUndo
            ? {
                label: t('common.undo'),
                run: () =>
                  void undo().then(
                    () => notify({ tone: 'success', message: t('common.undone') }),
                    notifyError,
                  ),
              }
            : undefined,
        });
      }
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  };
}
