/**
 * What phones may do at a stage of the run (issue 15). A stage kind takes some of the room's
 * phone modes — prioritisation: cards, then dots, then scores; matchmaking: offers and needs,
 * then the B2B schedule; gaps and engagement offers: cards — and the facilitator picks the one
 * phones show now ('wait' is always allowed: phones hold between steps).
 */
import type { Stage } from '../method';
import type { EntryOf } from '../model/workshop-run';
import type { PhoneStageView } from './protocol';

export type PhoneMode = PhoneStageView['mode'];

/** The modes a stage takes from phones, 'wait' first. */
export function phoneModesOf(stage: Stage | null): readonly PhoneMode[] {
  switch (stage?.kind) {
    case 'prioritisation':
      return ['wait', 'cards', 'dots', 'scores'];
    case 'matchmaking':
      return ['wait', 'offers-needs', 'schedule'];
    case 'gap-analysis':
    case 'engagement-offer':
      return ['wait', 'cards'];
    default:
      return ['wait'];
  }
}

/** The mode phones start in at a stage: its first step, or 'wait' when it takes nothing. */
export function defaultPhoneMode(stage: Stage | null): PhoneMode {
  return phoneModesOf(stage)[1] ?? 'wait';
}

/** `mode` if the stage takes it, else the stage's default (a stored choice may be stale). */
export function phoneModeAt(stage: Stage | null, mode: string | null | undefined): PhoneMode {
  const modes = phoneModesOf(stage);
  return modes.find((candidate) => candidate === mode) ?? defaultPhoneMode(stage);
}

export type CardEntry = EntryOf<'idea-cards'> | EntryOf<'gap-list'> | EntryOf<'engagement-offer'>;

/**
 * The entry a phone's card becomes at a stage: an idea card (prioritisation, with its theme), a
 * knowledge gap (the theme names the value-chain segment) or an engagement offer; null where a
 * stage takes no cards.
 */
export function cardEntryAt(stage: Stage, text: string, theme: string): CardEntry | null {
  switch (stage.kind) {
    case 'prioritisation':
      return { kind: 'idea-cards', text, theme };
    case 'gap-analysis':
      return { kind: 'gap-list', text, segment: theme };
    case 'engagement-offer':
      return { kind: 'engagement-offer', text };
    default:
      return null;
  }
}
