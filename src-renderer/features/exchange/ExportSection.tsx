/**
 * Export a package: choose what (whole workspace, one cluster, meta-cluster or workshop, or the
 * changes a partner has not had yet) and whether personal data travels as each contact's share
 * scope allows or not at all. Built and signed in a worker with progress; saved through the host.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalDataChoice } from '../../../src-core/exchange';
import { packageFileName } from '../../../src-core/exchange';
import { leftOutRecords, type ExportScope } from '../../db/exchange';
import { useExportTargets, type NamedTarget } from '../../db/exchange-queries';
import { useSetting } from '../../db/hooks';
import type { BulkProgress } from '../../db/progress';
import { useWorkspace } from '../../db/provider';
import { hostSigner, recordSent } from '../../db/partners';
import { getHost } from '../../host';
import { formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { RadioGroup, SelectField, enumOptions } from '../../ui/form';
import { ProgressBar } from '../../ui/ProgressBar';
import { runWorkerTask } from '../../workers/client';

type ScopeKind = ExportScope['kind'];
const scopeKinds: readonly ScopeKind[] = [
  'workspace',
  'cluster',
  'metaCluster',
  'workshop',
  'changesSince',
];

const personalDataChoices: readonly PersonalDataChoice[] = ['as-shared', 'none'];

/** What a file name says the package holds. */
const fileSubject: Record<ScopeKind, string> = {
  workspace: 'workspace',
  cluster: 'cluster',
  metaCluster: 'meta-cluster',
  workshop: 'workshop',
  changesSince: 'changes',
};

/** Wall-clock ms of an export (outside the component: the React compiler keeps render pure). */
const currentTime = (): number => Date.now();

export function ExportSection() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const targets = useExportTargets();
  const identity = useSetting('identity');
  const [kind, setKind] = useState<ScopeKind>('workspace');
  const [targetId, setTargetId] = useState('');
  const [personalData, setPersonalData] = useState<PersonalDataChoice>('as-shared');
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  const options: Record<Exclude<ScopeKind, 'workspace'>, NamedTarget[]> = {
    cluster: targets?.clusters ?? [],
    metaCluster: targets?.metaClusters ?? [],
    workshop: targets?.workshops ?? [],
    changesSince: targets?.partners ?? [],
  };
  const choices = kind === 'workspace' ? [] : options[kind];
  const scopeOptions = enumOptions(scopeKinds, (option) => t(`exchange.scopes.${option}`));
  const personalDataOptions = personalDataChoices.map((choice) => ({
    value: choice,
    label: t(`exchange.personalData.${choice}`),
  }));
  const target = choices.find((choice) => choice.id === targetId) ?? choices[0];
  // Nothing to choose: the target field says why instead of offering an empty list.
  const hasNoTarget = choices.length === 0;
  const canExport = progress === null && (kind === 'workspace' || target !== undefined);

  function scopeOf(): ExportScope | null {
    if (kind === 'workspace') return { kind };
    if (!target) return null;
    switch (kind) {
      case 'cluster':
        return { kind, clusterId: target.id };
      case 'metaCluster':
        return { kind, metaClusterId: target.id };
      case 'workshop':
        return { kind, workshopId: target.id };
      case 'changesSince':
        return { kind, partnerNodeId: target.id };
      default: {
        const unknownKind: never = kind;
        return unknownKind;
      }
    }
  }

  async function exportPackage() {
    const scope = scopeOf();
    if (!scope) return;
    setError(null);
    setProgress({ phase: 'validating', done: 0, total: 1 });
    try {
      const now = currentTime();
      const exported = await runWorkerTask(
        {
          kind: 'exchange-export',
          dbName: db.name,
          scope,
          personalData,
          appVersion: __APP_VERSION__,
          now,
          sign: true,
        },
        setProgress,
        [],
        hostSigner(getHost()).sign,
      );
      if (exported.records === 0 && exported.sampleRecords > 0 && kind === 'workspace') {
        // Nothing to send: say why in one sentence rather than save an empty package.
        notify({ tone: 'info', message: t('exchange.onlySample') });
        return;
      }
      const result = await getHost().saveFile({
        suggestedName: packageFileName({
          from: identity?.partnerOrganisation ?? '',
          ...(kind === 'changesSince' ? { to: target?.partnerOrganisation ?? '' } : {}),
          what: fileSubject[kind],
          ...(kind === 'workspace' || kind === 'changesSince' ? {} : { name: target?.name ?? '' }),
          at: now,
        }),
        data: exported.bytes,
        filters: [{ name: t('exchange.fileFilter'), extensions: ['mcpkg'] }],
      });
      if (!result.saved) return;
      await recordSent(db, exported, result.location ?? '');
      const omitted = exported.redaction.omittedContacts;
      const leftOut = leftOutRecords(exported.omitted);
      notify({
        tone: leftOut > 0 ? 'info' : 'success',
        message: [
          t('exchange.exported', { location: result.location ?? '', records: n(exported.records) }),
          omitted > 0 ? t('exchange.omittedContacts', { count: omitted, n: n(omitted) }) : '',
          leftOut > 0 ? t('exchange.leftOutSample', { n: n(leftOut) }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    } catch (failure) {
      setError(errorText(t, failure));
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('exchange.exportTitle')}</h2>
      <p className="field-hint">{t('exchange.exportHint')}</p>
      <div className="form-grid">
        <SelectField
          label={t('exchange.scopeLabel')}
          value={kind}
          options={scopeOptions}
          onChange={(value) => {
            setKind(value as ScopeKind);
            setTargetId('');
          }}
        />
        {kind !== 'workspace' && (
          <SelectField
            label={t(`exchange.targetLabel.${kind}`)}
            value={target?.id ?? ''}
            options={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
            emptyLabel={hasNoTarget ? '—' : undefined}
            hint={hasNoTarget ? t(`exchange.targetEmpty.${kind}`) : undefined}
            disabled={hasNoTarget}
            onChange={setTargetId}
          />
        )}
      </div>
      <RadioGroup
        label={t('exchange.personalDataLabel')}
        name="personal-data"
        value={personalData}
        options={personalDataOptions}
        onChange={setPersonalData}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {progress && (
        <ProgressBar
          label={t(`exchange.exportProgress.${progress.phase}`, {
            done: n(progress.done),
            total: n(progress.total),
          })}
          value={progress.done}
          max={progress.total}
        />
      )}
      <button
        type="button"
        className="button-primary"
        disabled={!canExport}
        onClick={() => void exportPackage()}
      >
        {t('exchange.export')}
      </button>
    </section>
  );
}
