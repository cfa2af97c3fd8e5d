// Links handed to the system browser (src-main/external-links.ts): which are refused, which are
// asked about (and with which host), and the opener that asks before opening — in plain Node,
// with the dialog and the browser passed in as functions.
import { mainCatalogue, mainStrings } from '../../src-main/main-strings';
import { describe, expect, it, vi } from 'vitest';
import {
  createExternalLinkOpener,
  externalLinkDecision,
  externalLinkPrompt,
  MAX_EXTERNAL_URL_LENGTH,
  OPEN_BUTTON,
  type ExternalLinkPrompt,
} from '../../src-main/external-links';

describe('externalLinkDecision', () => {
  it('asks about an https link, showing its host', () => {
    expect(externalLinkDecision('https://interreg-euro-med.eu/projects?x=1#top')).toEqual({
      kind: 'ask',
      url: 'https://interreg-euro-med.eu/projects?x=1#top',
      host: 'interreg-euro-med.eu',
    });
  });

  it('asks about an http link with a warning', () => {
    expect(externalLinkDecision('http://example.org/page')).toEqual({
      kind: 'askWithWarning',
      url: 'http://example.org/page',
      host: 'example.org',
    });
  });

  it('shows a port that is not the default one', () => {
    expect(externalLinkDecision('https://example.org:8443/')).toMatchObject({
      host: 'example.org:8443',
    });
    expect(externalLinkDecision('https://example.org:443/')).toMatchObject({
      host: 'example.org',
    });
  });

  it.each([
    ['javascript:alert(1)', 'notAWebLink'],
    ['JaVaScRiPt:alert(document.cookie)', 'notAWebLink'],
    ['  javascript:alert(1)', 'notAWebLink'],
    ['file:///etc/passwd', 'notAWebLink'],
    ['file://server/share/evil.exe', 'notAWebLink'],
    ['data:text/html,<script>alert(1)</script>', 'notAWebLink'],
    ['blob:https://example.org/0f6b', 'notAWebLink'],
    ['app://bundle/index.html', 'notAWebLink'],
    ['smb://server/share', 'notAWebLink'],
    ['ms-msdt:/id PCWDiagnostic', 'notAWebLink'],
    ['vbscript:msgbox(1)', 'notAWebLink'],
    ['mailto:someone@example.org', 'notAWebLink'],
    ['ftp://example.org/file', 'notAWebLink'],
    ['https://user:secret@example.org/', 'credentials'],
    ['https://user@example.org/', 'credentials'],
    ['https://:secret@example.org/', 'credentials'],
    ['https://bank.example@evil.example/', 'credentials'],
    ['http://admin:admin@192.168.1.1/', 'credentials'],
    ['not a url', 'notAUrl'],
    ['/relative/path', 'notAUrl'],
    ['https://', 'notAUrl'],
    ['', 'notAUrl'],
    ['   ', 'notAUrl'],
  ])('refuses %j (%s)', (url, reason) => {
    expect(externalLinkDecision(url)).toEqual({ kind: 'refuse', reason });
  });

  it.each([undefined, null, 42, { href: 'https://example.org/' }])('refuses %j', (url) => {
    expect(externalLinkDecision(url)).toEqual({ kind: 'refuse', reason: 'notAUrl' });
  });

  it('refuses a very long address, before and after normalising it', () => {
    const long = `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(externalLinkDecision(long)).toEqual({ kind: 'refuse', reason: 'tooLong' });
    expect(externalLinkDecision(`https://example.org/${'a'.repeat(10_000_000)}`)).toEqual({
      kind: 'refuse',
      reason: 'tooLong',
    });
    // Short as typed, but each "é" becomes "%C3%A9" in the address that would be opened.
    const growing = `https://example.org/${'é'.repeat(MAX_EXTERNAL_URL_LENGTH / 2)}`;
    expect(growing.length).toBeLessThanOrEqual(MAX_EXTERNAL_URL_LENGTH);
    expect(externalLinkDecision(growing)).toEqual({ kind: 'refuse', reason: 'tooLong' });
    const fits = `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH - 40)}`;
    expect(externalLinkDecision(fits).kind).toBe('ask');
  });

  it('shows an internationalised host as ASCII punycode', () => {
    expect(externalLinkDecision('https://bücher.example/')).toEqual({
      kind: 'ask',
      url: 'https://xn--bcher-kva.example/',
      host: 'xn--bcher-kva.example',
    });
    // Cyrillic "а" and "е" posing as the Latin ones of a well-known name.
    const lookAlike = externalLinkDecision('https://\u0430pple.com/');
    expect(lookAlike).toMatchObject({ host: 'xn--pple-43d.com' });
  });

  it('opens the normalised address, which holds nothing but printable ASCII', () => {
    const tricky = externalLinkDecision(
      'https://EXAMPLE.org/\u202Etxt.exe?q=\u0000a b\u200Bc#\u061Cx',
    );
    expect(tricky.kind).toBe('ask');
    if (tricky.kind === 'refuse') return;
    expect(tricky.host).toBe('example.org');
    expect(tricky.url).toMatch(/^[\x21-\x7e]+$/);
    expect(tricky.url).toContain('%E2%80%AE');
  });

  it('shows the host the browser will really go to', () => {
    // A backslash is a slash in a web address: the host is example.org, not evil.example.
    expect(externalLinkDecision('https://example.org\\@evil.example/')).toMatchObject({
      kind: 'ask',
      host: 'example.org',
      url: 'https://example.org/@evil.example/',
    });
    expect(externalLinkDecision('https://example.org%2F@evil.example/').kind).toBe('refuse');
  });
});

describe('externalLinkPrompt', () => {
  it('names the host, shows the address and makes Cancel the default', () => {
    const prompt = externalLinkPrompt({
      kind: 'ask',
      url: 'https://medmci.org/about',
      host: 'medmci.org',
    });
    expect(prompt).toMatchObject({
      type: 'question',
      message: expect.stringContaining('medmci.org'),
      detail: 'https://medmci.org/about',
      buttons: ['Cancel', 'Open in browser'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    expect(prompt.buttons[OPEN_BUTTON]).toBe('Open in browser');
  });

  it('warns about a plain-http link', () => {
    const prompt = externalLinkPrompt({
      kind: 'askWithWarning',
      url: 'http://example.org/',
      host: 'example.org',
    });
    expect(prompt.type).toBe('warning');
    expect(prompt.detail).toMatch(/not secure \(http\)/);
    expect(prompt.defaultId).toBe(0);
  });

  it('cuts a long address in the detail', () => {
    const url = `https://example.org/${'a'.repeat(1500)}`;
    const prompt = externalLinkPrompt({ kind: 'ask', url, host: 'example.org' });
    expect(prompt.detail.length).toBeLessThan(400);
  });
});

describe('createExternalLinkOpener', () => {
  function setUp(answer: boolean | Promise<boolean> = true) {
    const prompts: ExternalLinkPrompt[] = [];
    const owners: unknown[] = [];
    const open = vi.fn(async (_url: string) => undefined);
    const log = vi.fn();
    const opener = createExternalLinkOpener<string>({
      confirm: async (prompt, owner) => {
        prompts.push(prompt);
        owners.push(owner);
        return answer;
      },
      open,
      log,
    });
    return { opener, prompts, owners, open, log };
  }

  it('asks over the window that asked, then opens the normalised address', async () => {
    const { opener, prompts, owners, open } = setUp(true);
    expect(await opener('https://Example.org/a b', 'main window')).toBe('opened');
    expect(prompts).toHaveLength(1);
    expect(prompts[0]?.message).toContain('example.org');
    expect(owners).toEqual(['main window']);
    expect(open.mock.calls).toEqual([['https://example.org/a%20b']]);
  });

  it('opens nothing when the user cancels', async () => {
    const { opener, open } = setUp(false);
    expect(await opener('https://example.org/')).toBe('cancelled');
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses hostile links without asking, logging only the reason', async () => {
    const { opener, prompts, open, log } = setUp(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://me:pw@example.org/',
      'data:text/html,x',
    ]) {
      expect(await opener(url)).toBe('refused');
    }
    expect(prompts).toHaveLength(0);
    expect(open).not.toHaveBeenCalled();
    expect(log.mock.calls.map(([line]) => line)).toEqual([
      '[links] refused a link (notAWebLink)',
      '[links] refused a link (notAWebLink)',
      '[links] refused a link (credentials)',
      '[links] refused a link (notAWebLink)',
    ]);
  });

  it('asks one question at a time: a flood of requests gets one dialog', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const { opener, prompts, open } = setUp(new Promise<boolean>((resolve) => (answer = resolve)));
    const first = opener('https://example.org/1');
    const flood = await Promise.all(
      Array.from({ length: 20 }, (_, i) => opener(`https://example.org/${i}`)),
    );
    expect(flood.every((outcome) => outcome === 'busy')).toBe(true);
    answer(true);
    expect(await first).toBe('opened');
    expect(prompts).toHaveLength(1);
    expect(open.mock.calls).toEqual([['https://example.org/1']]);
    // Once answered, the next link is asked about again.
    expect(await opener('https://example.org/next')).toBe('opened');
  });

  it('survives a failing dialog or browser', async () => {
    const failingDialog = createExternalLinkOpener({
      confirm: () => Promise.reject(new Error('no dialog')),
      open: vi.fn(async () => undefined),
    });
    expect(await failingDialog('https://example.org/')).toBe('failed');
    expect(await failingDialog('https://example.org/')).toBe('failed');
    const failingBrowser = createExternalLinkOpener({
      confirm: async () => true,
      open: () => Promise.reject(new Error('no browser')),
    });
    expect(await failingBrowser('https://example.org/')).toBe('failed');
  });
});

describe('the question in the system’s language', () => {
  it('asks in French on a French system, naming the host isolated from the sentence', () => {
    const prompt = externalLinkPrompt(
      { kind: 'askWithWarning', url: 'http://example.org/', host: 'example.org' },
      mainStrings(['fr-FR', 'en-US']),
    );
    expect(prompt.message).toBe(
      'Ouvrir une page de \u2068example.org\u2069 dans votre navigateur\u202f?',
    );
    expect(prompt.buttons).toEqual(['Annuler', 'Ouvrir dans le navigateur']);
    expect(prompt.detail).toContain('n’est pas sécurisé');
  });

  it('takes the first system language the app has, and English otherwise', () => {
    expect(mainStrings(['de-DE', 'ar-TN']).cancel).toBe('إلغاء');
    expect(mainStrings(['pt_PT']).openInBrowser).toBe('Abrir no navegador');
    expect(mainStrings(['de-DE', 'ja']).cancel).toBe('Cancel');
    expect(mainStrings([]).cancel).toBe('Cancel');
    expect(mainStrings(['__proto__', 'constructor']).cancel).toBe('Cancel');
  });

  it('has every sentence, non-empty and naming the host, in each of the app’s nine languages', () => {
    expect(Object.keys(mainCatalogue).sort()).toEqual(
      ['ar', 'el', 'en', 'es', 'fr', 'hr', 'it', 'pt', 'tr'].sort(),
    );
    const english = new Set<string>(
      Object.values(mainCatalogue.en).filter((v) => typeof v === 'string'),
    );
    for (const [language, strings] of Object.entries(mainCatalogue)) {
      expect(strings.linkQuestion('medmci.org'), language).toContain('\u2068medmci.org\u2069');
      for (const value of Object.values(strings)) {
        if (typeof value !== 'string') continue;
        expect(value.trim(), language).not.toBe('');
        // Translated, except where the word is the same ("Cancelar", "Ver" are not English).
        if (language !== 'en') expect(english.has(value), `${language}: ${value}`).toBe(false);
      }
    }
  });
});
