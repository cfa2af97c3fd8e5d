/**
 * The value-chain catalogue: start from a built-in template (olive oil, blue economy, tourism,
 * electronics & ICT, renewable energy) in the user's language, or from nothing; rename, add,
 * reorder and remove segments. Each chain opens its matrix (segments × countries and clusters).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueChainRecord } from '../../../src-core/model/entities';
import {
  templateLanguages,
  valueChainFromTemplate,
  valueChainTemplates,
  type TemplateLanguage,
} from '../../../src-core/metacluster';
import { slugify } from '../../../src-core/text/slug';
import { hrefOf } from '../../routing/router';
import { useValueChainRecords } from '../../db/metaclusters';
import { useWorkspace } from '../../db/provider';
import { formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { SelectField, TextInput } from '../../ui/form';
import { useNotifyError } from '../../ui/useNotifyError';

type Segment = ValueChainRecord['segments'][number];

/** A segment key from its name, unique within the chain ("Pressing & milling" → "pressing-milling"). */
function segmentKey(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name, 34) || 'segment';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/*
 * Pure edits of a chain's segments, found by key. Each is applied to the segments as stored at
 * the moment of writing (inside `change`), never to the list the page rendered: two quick edits,
 * or an edit crossing a partner's import, both land.
 */
const inOrder = (segments: readonly Segment[]) => [...segments].sort((a, b) => a.order - b.order);
const renumbered = (segments: readonly Segment[]) =>
  segments.map((segment, order) => ({ ...segment, order }));

function renameSegment(segments: readonly Segment[], key: string, name: string): Segment[] {
  return segments.map((segment) => (segment.key === key ? { ...segment, name } : segment));
}

function moveSegment(segments: readonly Segment[], key: string, by: number): Segment[] {
  const next = inOrder(segments);
  const from = next.findIndex((segment) => segment.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= next.length) return [...segments];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return renumbered(next);
}

function removeSegment(segments: readonly Segment[], key: string): Segment[] {
  return renumbered(inOrder(segments).filter((segment) => segment.key !== key));
}

function appendSegment(segments: readonly Segment[], name: string): Segment[] {
  const key = segmentKey(name, new Set(segments.map((segment) => segment.key)));
  return renumbered([...inOrder(segments), { key, name, order: segments.length }]);
}

const templateLanguage = (language: string): TemplateLanguage =>
  (templateLanguages as readonly string[]).includes(language)
    ? (language as TemplateLanguage)
    : 'en';

function useSave() {
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  return async (work: () => Promise<unknown>, message: string): Promise<boolean> => {
    try {
      await work();
      notify({ tone: 'success', message });
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  };
}

/** Saves an edit of one chain's segments, read from and written to the stored record. */
function useSegmentsEdit(chainId: string) {
  const { repositories } = useWorkspace();
  const save = useSave();
  return (edit: (segments: readonly Segment[]) => Segment[], message: string) =>
    save(
      () =>
        repositories.valueChains.change(chainId, (current) => ({
          segments: edit(current.segments),
        })),
      message,
    );
}

function SegmentRow({
  chainId,
  segment,
  index,
  count,
}: {
  chainId: string;
  segment: Segment;
  index: number;
  count: number;
}) {
  const { t, i18n } = useTranslation();
  const editSegments = useSegmentsEdit(chainId);
  const [error, setError] = useState<string | undefined>();

  function rename(name: string) {
    if (!name) {
      setError(t('valueChains.segmentNameRequired'));
      return false;
    }
    setError(undefined);
    return editSegments(
      (segments) => renameSegment(segments, segment.key, name),
      t('valueChains.saved'),
    );
  }

  return (
    // A row of one field and its buttons: the name is as wide as it is long (nothing clipped).
    <li className="inline-form">
      <TextInput
        hideLabel
        label={t('valueChains.segmentName', { n: formatNumber(index + 1, i18n.language) })}
        value={segment.name}
        error={error}
        onCommit={rename}
      />
      <button
        type="button"
        disabled={index === 0}
        onClick={() =>
          void editSegments(
            (segments) => moveSegment(segments, segment.key, -1),
            t('valueChains.saved'),
          )
        }
        aria-label={t('valueChains.moveUp', { name: segment.name })}
      >
        ↑
      </button>
      <button
        type="button"
        disabled={index === count - 1}
        onClick={() =>
          void editSegments(
            (segments) => moveSegment(segments, segment.key, 1),
            t('valueChains.saved'),
          )
        }
        aria-label={t('valueChains.moveDown', { name: segment.name })}
      >
        ↓
      </button>
      <button
        type="button"
        onClick={() =>
          void editSegments(
            (segments) => removeSegment(segments, segment.key),
            t('valueChains.removed', { name: segment.name }),
          )
        }
        aria-label={t('valueChains.remove', { name: segment.name })}
      >
        ✕
      </button>
    </li>
  );
}

function ChainCard({ chain }: { chain: ValueChainRecord }) {
  const { t } = useTranslation();
  const editSegments = useSegmentsEdit(chain.id);
  const [newSegment, setNewSegment] = useState('');
  const segments = inOrder(chain.segments);

  function add(event: FormEvent) {
    event.preventDefault();
    const name = newSegment.trim();
    if (!name) return;
    void editSegments((stored) => appendSegment(stored, name), t('valueChains.saved'));
    setNewSegment('');
  }

  return (
    <section className="card" aria-label={chain.name}>
      <div className="card-header">
        <h2>
          <bdi>{chain.name}</bdi>
        </h2>
        <a href={hrefOf('valueChains', chain.id)}>{t('valueChains.openMatrix')}</a>
      </div>
      <ol className="segment-list">
        {segments.map((segment, index) => (
          <SegmentRow
            key={segment.key}
            chainId={chain.id}
            segment={segment}
            index={index}
            count={segments.length}
          />
        ))}
      </ol>
      <form className="inline-form" onSubmit={add}>
        <TextInput
          label={t('valueChains.newSegment')}
          value={newSegment}
          onChange={setNewSegment}
        />
        <button type="submit">{t('valueChains.addSegment')}</button>
      </form>
    </section>
  );
}

export function ValueChainsPage() {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const chains = useValueChainRecords();
  const save = useSave();
  const [templateId, setTemplateId] = useState(valueChainTemplates[0]?.id ?? '');
  const [name, setName] = useState('');
  const language = templateLanguage(i18n.language);

  function addTemplate(event: FormEvent) {
    event.preventDefault();
    const template = valueChainTemplates.find((candidate) => candidate.id === templateId);
    if (!template) return;
    const fields = valueChainFromTemplate(template, language);
    void save(
      () => repositories.valueChains.create(fields),
      t('valueChains.added', { name: fields.name }),
    );
  }

  function addEmpty(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    void save(
      () => repositories.valueChains.create({ name: trimmed, description: '', segments: [] }),
      t('valueChains.added', { name: trimmed }),
    );
    setName('');
  }

  return (
    <section className="page" aria-labelledby="value-chains-title">
      <div className="page-header">
        <h1 id="value-chains-title">{t('valueChains.title')}</h1>
      </div>
      <p className="page-intro">{t('valueChains.intro')}</p>
      <div className="cards">
        <section className="card" aria-labelledby="add-chain-title">
          <h2 id="add-chain-title">{t('valueChains.addTitle')}</h2>
          <form className="inline-form" onSubmit={addTemplate}>
            <SelectField
              label={t('valueChains.template')}
              value={templateId}
              options={valueChainTemplates.map((template) => ({
                value: template.id,
                label: template.names[language],
              }))}
              onChange={setTemplateId}
            />
            <button type="submit">{t('valueChains.addFromTemplate')}</button>
          </form>
          <form className="inline-form" onSubmit={addEmpty}>
            <TextInput label={t('valueChains.name')} value={name} onChange={setName} />
            <button type="submit">{t('valueChains.addEmpty')}</button>
          </form>
        </section>
        {chains?.length === 0 && <p>{t('valueChains.empty')}</p>}
        {chains
          ?.slice()
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((chain) => (
            <ChainCard key={chain.id} chain={chain} />
          ))}
      </div>
    </section>
  );
}
