/**
 * The voting booth: a participant places their dots with +/− on the ideas (or the facilitator
 * places them by proxy for someone without a phone), and tables report paper tallies. Nothing here
 * shows how many dots an idea has in total: results stay hidden until the facilitator reveals them.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src-core/method';
import { wholeNumberIn, type StoredVote } from '../../../../src-core/workshop/stage-logic';
import {
  checkVote,
  dotsUsed,
  type IdeaRef,
  type VoteRefusal,
} from '../../../../src-core/workshop/votes';
import { formatNumber } from '../../../i18n/format';
import { useWorkspace } from '../../../db/provider';
import { changeDots, restoreEntry, type RunData } from '../../../db/workshop-run';
import { Field, SelectField, useFieldIds } from '../../../ui/form';
import { useCommand } from '../../../ui/useCommand';
import { useNotifyError } from '../../../ui/useNotifyError';
import { useStudioStore } from '../../../state/store';

type Mode = 'participant' | 'proxy' | 'table';
const modes: readonly Mode[] = ['participant', 'proxy', 'table'];

/**
 * A whole number counted in the room (a table number, the dots on a paper sheet): the kit's
 * frame around a number input, so it stays a spin button with its range.
 */
function CountField({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: string;
  min: number;
  max: number;
  onChange: (value: string) => void;
}) {
  const ids = useFieldIds({ label });
  return (
    <Field label={label} ids={ids}>
      <input
        {...ids.control}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

export function VotingSection({
  data,
  stage,
  ideas,
  votes,
}: {
  data: RunData;
  stage: Extract<Stage, { kind: 'prioritisation' }>;
  ideas: readonly IdeaRef[];
  votes: readonly StoredVote[];
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const run = useCommand();
  const notify = useStudioStore((state) => state.notify);
  const { db, repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const [mode, setMode] = useState<Mode>('participant');
  const [voterId, setVoterId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [table, setTable] = useState('');
  const [tallyIdea, setTallyIdea] = useState('');
  const [tallyDots, setTallyDots] = useState('');
  const n = (value: number) => formatNumber(value, i18n.language);
  const total = stage.dotsPerParticipant;
  const ideaIds = new Set(ideas.map((idea) => idea.id));
  const voters = data.participants.filter((p) => p.record.checkedInAt !== null);
  const voter = voters.find((p) => p.record.id === voterId);
  const left = voter ? Math.max(0, total - dotsUsed(votes, voter.record.id)) : total;
  const chosenIdea = ideas.some((idea) => idea.id === tallyIdea) ? tallyIdea : (ideas[0]?.id ?? '');

  function voterLabel(participant: (typeof voters)[number], index: number): string {
    return t('stages.prioritisation.voterOption', {
      person: participant.person || t('stages.prioritisation.unnamed', { n: n(index + 1) }),
      organisation: participant.organisation || t('stages.unknownOrganisation'),
    });
  }

  function refusalText(refusal: VoteRefusal): string {
    switch (refusal.kind) {
      case 'over-budget':
        return t('stages.prioritisation.refusal.overBudget', { total: n(total) });
      case 'no-voter':
        return t('stages.prioritisation.refusal.noVoter');
      case 'no-table':
        return t('stages.prioritisation.refusal.noTable');
      case 'unknown-idea':
        return t('stages.prioritisation.refusal.unknownIdea');
      case 'not-positive':
      case 'not-integer':
        return t('stages.prioritisation.refusal.dots');
    }
  }

  async function place(idea: IdeaRef, delta: 1 | -1) {
    if (mode === 'table') return;
    if (!voter) {
      setMessage(refusalText({ kind: 'no-voter' }));
      return;
    }
    const change = await changeDots(
      db,
      repositories,
      { workshopId: data.workshop.id, stageId: stage.id },
      { voterId: voter.record.id, source: mode },
      idea.id,
      delta,
      total,
    ).catch((error: unknown) => {
      notifyError(error);
      return null;
    });
    if (change === null || change.kind === 'none') return;
    if (change.kind === 'refused') {
      setMessage(refusalText(change.refusal));
      return;
    }
    setMessage(null);
    if (change.kind === 'remove') {
      const id = change.id;
      notify({
        tone: 'success',
        message: t('stages.prioritisation.dotRemoved'),
        action: {
          label: t('stages.undo'),
          run: () => void restoreEntry(repositories, id).catch(notifyError),
        },
      });
    }
  }

  async function recordTally(event: FormEvent) {
    event.preventDefault();
    const tableNumber = wholeNumberIn(table, 1, 100);
    const dots = wholeNumberIn(tallyDots, 1, 1000);
    if (tableNumber === null) {
      setMessage(refusalText({ kind: 'no-table' }));
      return;
    }
    if (dots === null) {
      setMessage(refusalText({ kind: 'not-positive' }));
      return;
    }
    const vote = {
      ideaId: chosenIdea,
      dots,
      source: 'table' as const,
      voterId: null,
      table: tableNumber,
    };
    const refusal = checkVote(vote, votes, ideaIds, total);
    if (refusal) {
      setMessage(refusalText(refusal));
      return;
    }
    setMessage(null);
    const isSaved = await run(
      'entry.add',
      { workshopId: data.workshop.id, stageId: stage.id, entry: { kind: 'dot-votes', ...vote } },
      { success: t('stages.prioritisation.tallyRecorded', { table: n(tableNumber) }) },
    );
    if (isSaved) setTallyDots('');
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.prioritisation.boothTitle')}</h2>
      <div className="segmented" role="group" aria-label={t('stages.prioritisation.modeLabel')}>
        {modes.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={mode === option}
            onClick={() => {
              setMode(option);
              setMessage(null);
            }}
          >
            {t(`stages.prioritisation.mode.${option}`)}
          </button>
        ))}
      </div>
      {ideas.length === 0 ? (
        <p className="field-hint">{t('stages.prioritisation.noIdeasToVote')}</p>
      ) : mode === 'table' ? (
        <form className="inline-form" onSubmit={(event) => void recordTally(event)}>
          <CountField
            label={t('stages.prioritisation.tallyTable')}
            value={table}
            min={1}
            max={100}
            onChange={setTable}
          />
          <SelectField
            wide
            label={t('stages.prioritisation.tallyIdea')}
            value={chosenIdea}
            options={ideas.map((idea) => ({ value: idea.id, label: idea.text }))}
            onChange={setTallyIdea}
          />
          <CountField
            label={t('stages.prioritisation.tallyDots')}
            value={tallyDots}
            min={1}
            max={1000}
            onChange={setTallyDots}
          />
          <button type="submit" className="button-primary">
            {t('stages.prioritisation.recordTally')}
          </button>
        </form>
      ) : voters.length === 0 ? (
        <p className="field-hint">{t('stages.prioritisation.nobodyCheckedIn')}</p>
      ) : (
        <>
          <div className="inline-form">
            <SelectField
              label={
                mode === 'proxy'
                  ? t('stages.prioritisation.proxyFor')
                  : t('stages.prioritisation.voter')
              }
              value={voter ? voter.record.id : ''}
              emptyLabel={t('stages.prioritisation.chooseVoter')}
              options={voters.map((participant, index) => ({
                value: participant.record.id,
                label: voterLabel(participant, index),
              }))}
              onChange={(id) => {
                setVoterId(id);
                setMessage(null);
              }}
            />
            {voter && (
              <p className="stage-dots-left" data-testid="dots-left" aria-live="polite">
                {t('stages.prioritisation.dotsLeft', {
                  count: total,
                  left: n(left),
                  total: n(total),
                })}
              </p>
            )}
          </div>
          {mode === 'proxy' && (
            <p className="field-hint">
              <span className="badge stage-badge-proxy">
                {t('stages.prioritisation.proxyBadge')}
              </span>{' '}
              {t('stages.prioritisation.proxyHint')}
            </p>
          )}
          {voter && (
            <ul className="stage-ideas" aria-label={t('stages.prioritisation.ballotLabel')}>
              {ideas.map((idea) => {
                const own = votes.find(
                  (v) => v.ideaId === idea.id && v.source === mode && v.voterId === voter.record.id,
                )?.dots;
                return (
                  <li key={idea.id} className="stage-idea">
                    <span className="stage-idea-text">{idea.text}</span>
                    <span className="stage-own-dots">
                      <span aria-hidden="true">{'●'.repeat(Math.min(own ?? 0, 20))}</span>
                      {own !== undefined && (
                        <span className="visually-hidden">
                          {t('stages.prioritisation.ownDots', { count: own, n: n(own) })}
                        </span>
                      )}
                    </span>
                    <span className="stage-vote-buttons">
                      <button
                        type="button"
                        disabled={own === undefined}
                        onClick={() => void place(idea, -1)}
                      >
                        −
                        <span className="visually-hidden">
                          {' '}
                          {t('stages.prioritisation.removeDot', { idea: idea.text })}
                        </span>
                      </button>
                      <button type="button" onClick={() => void place(idea, 1)}>
                        +
                        <span className="visually-hidden">
                          {' '}
                          {t('stages.prioritisation.addDot', { idea: idea.text })}
                        </span>
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
