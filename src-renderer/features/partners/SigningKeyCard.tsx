/**
 * This workspace's signing key (issue 17): its fingerprint, where it is kept (the system's key
 * store, a plain file — said loudly — or the browser, which cannot give it out), and moving it to a
 * new computer: export to a passphrase-protected key file (desktop), import one (both hosts,
 * after a confirmation: partners who knew the old key are asked to accept the new one).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_FILE_EXTENSION } from '../../../src-core/backup/key-file';
import type { SigningKeyStatus } from '../../../src-core/host/contract';
import { ownKey } from '../../db/partners';
import { getHost } from '../../host';
import { useStudioStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';
import { PassphraseDialog } from '../../ui/PassphraseDialog';
import { useNotifyError } from '../../ui/useNotifyError';

export function SigningKeyCard({ organisation }: { organisation: string }) {
  const { t } = useTranslation();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [status, setStatus] = useState<SigningKeyStatus | null>(null);
  const [keyError, setKeyError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [confirmImport, setConfirmImport] = useState(false);
  const [keyFile, setKeyFile] = useState<Uint8Array | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    ownKey(getHost())
      .then((key) => {
        if (!live) return;
        setFingerprint(key.fingerprint);
        setStatus(key.status);
        setKeyError(null);
      })
      .catch((error: unknown) => live && setKeyError(errorText(t, error)));
    return () => {
      live = false;
    };
  }, [t, version]);

  async function exportKey(passphrase: string) {
    const data = await getHost().exportSigningKey({ passphrase });
    setExporting(false);
    const name = t('partners.keyFileName', { organisation })
      .replace(/[\\/:*?"<>|]/g, '-')
      .replace(/^\.+/, '');
    try {
      const saved = await getHost().saveFile({
        suggestedName: `${name}.${KEY_FILE_EXTENSION}`,
        data,
        filters: [{ name: t('partners.keyFileType'), extensions: [KEY_FILE_EXTENSION] }],
      });
      if (saved.saved) {
        notify({
          tone: 'success',
          message: t('partners.keyExported', { location: saved.location ?? name }),
        });
      }
    } catch (error) {
      notifyError(error);
    }
  }

  async function chooseKeyFile() {
    setConfirmImport(false);
    try {
      const [file] = await getHost().openFiles({
        filters: [{ name: t('partners.keyFileType'), extensions: [KEY_FILE_EXTENSION] }],
        multiple: false,
      });
      if (file) setKeyFile(file.data);
    } catch (error) {
      notifyError(error);
    }
  }

  async function importKey(passphrase: string) {
    if (!keyFile) return;
    await getHost().importSigningKey({ data: keyFile, passphrase });
    setKeyFile(null);
    setVersion((n) => n + 1);
    notify({ tone: 'success', message: t('partners.keyImported') });
  }

  const where =
    status?.protection === 'os'
      ? t('partners.keyInKeyStore')
      : status?.protection === 'browser'
        ? t('partners.keyInBrowser')
        : status?.protection === 'plaintext'
          ? t('partners.keyPlaintext')
          : '';

  return (
    <>
      <p data-testid="own-fingerprint">
        {fingerprint && (
          <span className="fingerprint">{t('partners.ownFingerprint', { fingerprint })}</span>
        )}
      </p>
      {keyError && (
        <p className="field-error" role="alert">
          {keyError}
        </p>
      )}
      <p className="field-hint">{t('partners.ownHint')}</p>
      {where !== '' && (
        <p
          data-testid="key-protection"
          className={status?.protection === 'plaintext' ? 'warning-loud' : 'field-hint'}
          role={status?.protection === 'plaintext' ? 'note' : undefined}
        >
          {where}
        </p>
      )}
      <div className="button-row">
        {status && status.protection !== 'browser' && (
          <button type="button" onClick={() => setExporting(true)}>
            {t('partners.exportKey')}
          </button>
        )}
        <button type="button" onClick={() => setConfirmImport(true)}>
          {t('partners.importKey')}
        </button>
      </div>
      <PassphraseDialog
        open={exporting}
        mode="new"
        title={t('partners.exportKeyTitle')}
        body={t('partners.exportKeyBody')}
        confirmLabel={t('partners.exportKeyConfirm')}
        onSubmit={exportKey}
        onCancel={() => setExporting(false)}
      />
      <ConfirmDialog
        open={confirmImport}
        title={t('partners.importKeyTitle')}
        body={t('partners.importKeyBody')}
        confirmLabel={t('partners.chooseKeyFile')}
        tone="danger"
        onConfirm={() => void chooseKeyFile()}
        onCancel={() => setConfirmImport(false)}
      />
      <PassphraseDialog
        open={keyFile !== null}
        mode="enter"
        title={t('partners.keyPassphraseTitle')}
        body={t('partners.keyPassphraseBody')}
        confirmLabel={t('partners.importKeyConfirm')}
        onSubmit={importKey}
        onCancel={() => setKeyFile(null)}
      />
    </>
  );
}
