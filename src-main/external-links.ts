/**
 * Links the app hands to the system browser. A page can only ask (window.open, a link with
 * target=_blank: security.ts denies the window and passes the address here); the main process
 * decides: only web addresses, never with a user name or password in them, never absurdly long,
 * and never without the user seeing the site's host and saying yes — Cancel is the default, and
 * a plain-http link carries a warning. No Electron here: the dialog and the browser are passed
 * in, so every rule is tested in plain Node.
 */
import { mainCatalogue, type MainStrings } from './main-strings';

/** Longer addresses are refused: no real link needs more, and a dialog cannot show them. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** Why a link is not opened (logged in the main process; the page is not told). */
export type ExternalLinkRefusal = 'notAUrl' | 'notAWebLink' | 'credentials' | 'noHost' | 'tooLong';

export type ExternalLinkDecision =
  | { readonly kind: 'refuse'; readonly reason: ExternalLinkRefusal }
  | {
      /** `askWithWarning` for http: readable and changeable by anyone on the network. */
      readonly kind: 'ask' | 'askWithWarning';
      /** The address as it will be opened: normalised, ASCII only. */
      readonly url: string;
      /** What the user is asked about: the host in ASCII (punycode for IDN), with a port if any. */
      readonly host: string;
    };

export type ExternalLinkQuestion = Extract<ExternalLinkDecision, { url: string }>;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * What to do with a link a page wants to open. The WHATWG parser gives the host as ASCII
 * (an internationalised name becomes `xn--…`, so a look-alike of another site's name shows as
 * what it is) and percent-encodes everything else that is not ASCII, so what the user reads
 * holds no invisible or right-to-left characters; the normalised address is the one opened.
 */
export function externalLinkDecision(url: unknown): ExternalLinkDecision {
  if (typeof url !== 'string' || url.trim() === '') return { kind: 'refuse', reason: 'notAUrl' };
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return { kind: 'refuse', reason: 'tooLong' };
  const parsed = parse(url);
  if (!parsed) return { kind: 'refuse', reason: 'notAUrl' };
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { kind: 'refuse', reason: 'notAWebLink' };
  }
  // "https://bank.example@evil.example/" shows a trusted name where a user name goes.
  if (parsed.username !== '' || parsed.password !== '') {
    return { kind: 'refuse', reason: 'credentials' };
  }
  if (parsed.hostname === '') return { kind: 'refuse', reason: 'noHost' };
  // Normalising can lengthen it (punycode, percent-encoding).
  if (parsed.href.length > MAX_EXTERNAL_URL_LENGTH) return { kind: 'refuse', reason: 'tooLong' };
  return {
    kind: parsed.protocol === 'https:' ? 'ask' : 'askWithWarning',
    url: parsed.href,
    host: parsed.host,
  };
}

/** The question put to the user: Electron's MessageBoxOptions, Cancel first and the default. */
export type ExternalLinkPrompt = {
  readonly type: 'question' | 'warning';
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly buttons: readonly [cancel: string, open: string];
  readonly defaultId: 0;
  readonly cancelId: 0;
  readonly noLink: true;
};

/** The index of the button that opens the link (Cancel is 0). */
export const OPEN_BUTTON = 1;

/** The address as shown under the question: long ones are cut, the host is already above. */
function shownUrl(url: string): string {
  return url.length > 300 ? `${url.slice(0, 300)}…` : url;
}

export function externalLinkPrompt(
  question: ExternalLinkQuestion,
  strings: MainStrings = mainCatalogue.en,
): ExternalLinkPrompt {
  const isPlainHttp = question.kind === 'askWithWarning';
  const warning = isPlainHttp ? `\n\n${strings.linkInsecure}` : '';
  return {
    type: isPlainHttp ? 'warning' : 'question',
    title: strings.linkTitle,
    message: strings.linkQuestion(question.host),
    detail: `${shownUrl(question.url)}${warning}`,
    buttons: [strings.cancel, strings.openInBrowser],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

export type ExternalLinkOutcome = 'opened' | 'cancelled' | 'refused' | 'busy' | 'failed';

export type ExternalLinkServices<Owner> = {
  /** Shows the prompt (on top of `owner` when given); true when the user chose to open. */
  confirm: (prompt: ExternalLinkPrompt, owner: Owner | undefined) => Promise<boolean>;
  /** Hands the address to the system browser (shell.openExternal). */
  open: (url: string) => Promise<void>;
  log?: (line: string) => void;
  /** The question's language, asked each time (the system's, known once the app is ready). */
  strings?: () => MainStrings;
};

/**
 * The one way the main process opens links. One question at a time: while the user is asked,
 * further requests are dropped, so a page cannot bury the user under dialogs.
 */
export function createExternalLinkOpener<Owner>(services: ExternalLinkServices<Owner>) {
  const log = services.log ?? ((line: string) => console.warn(line));
  let isAsking = false;
  return async function openExternalLink(
    url: unknown,
    owner?: Owner,
  ): Promise<ExternalLinkOutcome> {
    const decision = externalLinkDecision(url);
    if (decision.kind === 'refuse') {
      // The reason only: the address may carry someone's data.
      log(`[links] refused a link (${decision.reason})`);
      return 'refused';
    }
    if (isAsking) return 'busy';
    isAsking = true;
    let isConfirmed: boolean;
    try {
      isConfirmed = await services.confirm(
        externalLinkPrompt(decision, services.strings?.()),
        owner,
      );
    } catch {
      return 'failed';
    } finally {
      isAsking = false;
    }
    if (!isConfirmed) return 'cancelled';
    try {
      await services.open(decision.url);
      return 'opened';
    } catch {
      // No browser configured: nothing useful to tell the page, which only asked for a link.
      return 'failed';
    }
  };
}
