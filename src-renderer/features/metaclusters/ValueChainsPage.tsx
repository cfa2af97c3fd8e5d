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
import { hrefOf } from '../../app/router';
import { useValueChainRecords } from '../../db/metaclusters';
import { useWorkspace } from '../../db/provider';
import { useStudioStore } from '../../state/store';
import { useNotifyError } from '../../ui/useNotifyError';

type Segment = ValueChainRecord['segments'][number];

/** A segment key from its name, unique within the chain ("Pressing & milling" → "pressing-milling"). */
function segmentKey(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name, 34) || 'segment';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

const templateLanguage = (language: string): TemplateLanguage =>
  (templateLanguages as readonly string[]).includes(language)
    ? (language as TemplateLanguage)
    : 'en';

function useSave() {
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  return async (work: () => Promise<unknown>, message: string) => {
    try {
      await work();
      notify({ tone: 'success', message });
    } catch (error) {
      notifyError(error);
    }
  };
}

function ChainCard({ chain }: { chain: ValueChainRecord }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const save = useSave();
  const [newSegment, setNewSegment] = useState('');
  const segments = [...chain.segments].sort((a, b) => a.order - b.order);

  const store = (next: Segment[], message: string) =>
    save(
      () =>
        repositories.valueChains.update(chain.id, {
          segments: next.map((segment, order) => ({ ...segment, order })),
        }),
      message,
    );

  function move(index: number, by: number) {
    const next = [...segments];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    void store(next, t('valueChains.saved'));
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const name = newSegment.trim();
    if (!name) return;
    const key = segmentKey(name, new Set(segments.map((s) => s.key)));
    void store([...segments, { key, name, order: segments.length }], t('valueChains.saved'));
    setNewSegment('');
  }

  return (
    <section className="card" aria-label={chain.name}>
      <div className="card-header">
        <h2>{chain.name}</h2>
        <a href={hrefOf('valueChains', chain.id)}>{t('valueChains.openMatrix')}</a>
      </div>
      <ol className="segment-list">
        {segments.map((segment, index) => (
          <li key={segment.key}>
            <input
              aria-label={t('valueChains.segmentName', { n: index + 1 })}
              defaultValue={segment.name}
              onBlur={(event) => {
                const name = event.target.value.trim();
                if (name && name !== segment.name) {
                  void store(
                    segments.map((s) => (s.key === segment.key ? { ...s, name } : s)),
                    t('valueChains.saved'),
                  );
                }
              }}
            />
            <button
              type="button"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={t('valueChains.moveUp', { name: segment.name })}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={index === segments.length - 1}
              onClick={() => move(index, 1)}
              aria-label={t('valueChains.moveDown', { name: segment.name })}
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() =>
                void store(
                  segments.filter((s) => s.key !== segment.key),
                  t('valueChains.removed', { name: segment.name }),
                )
              }
              aria-label={t('valueChains.remove', { name: segment.name })}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={add}>
        <label className="field">
          <span>{t('valueChains.newSegment')}</span>
          <input value={newSegment} onChange={(event) => setNewSegment(event.target.value)} />
        </label>
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
            <label className="field">
              <span>{t('valueChains.template')}</span>
              <select value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
                {valueChainTemplates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.names[language]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{t('valueChains.addFromTemplate')}</button>
          </form>
          <form className="inline-form" onSubmit={addEmpty}>
            <label className="field">
              <span>{t('valueChains.name')}</span>
              <input value={name} onChange={(event) => setName(event.target.value)} />
            </label>
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
