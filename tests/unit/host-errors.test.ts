// Host refusals in the user's language: every reason has its sentence (English here; the other
// languages are held to English's keys and placeholders by i18n.test.ts), each sentence names
// exactly the values its refusals carry, parseHostRequest words a refused request by its field,
// and errorText shows the translated sentence, not the English message.
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  genericHostErrorReasons,
  HostError,
  hostErrorPlaceholders,
  type HostErrorValues,
  hostErrorReasons,
  MAX_FILE_BYTES,
  parseHostRequest,
} from '../../src-core/host/contract';
import { uiLanguages } from '../../src-core/model/workspace';
import { english, resourcesFor } from '../../src-renderer/i18n/resources';
import { errorText } from '../../src-renderer/ui/errors';

const sentences: Record<string, unknown> = english.hostErrors;

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();

/** The refusal `parseHostRequest` throws for `payload`. */
function refusal(...[name, payload]: Parameters<typeof parseHostRequest>): HostError {
  try {
    parseHostRequest(name, payload);
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('host error reasons', () => {
  it('has an English sentence for every reason, and no sentence without a reason', () => {
    expect(Object.keys(sentences).sort()).toEqual([...hostErrorReasons].sort());
    for (const reason of hostErrorReasons) {
      expect(typeof sentences[reason], reason).toBe('string');
    }
  });

  it.each(hostErrorReasons)('%s: the sentence names exactly the values a refusal carries', (r) => {
    expect(placeholders(String(sentences[r]))).toEqual([...hostErrorPlaceholders[r]].sort());
  });

  it('words every code generically without any value (what an unknown reason falls back to)', () => {
    for (const reason of Object.values(genericHostErrorReasons)) {
      expect(hostErrorPlaceholders[reason], reason).toEqual([]);
    }
  });

  it('lists each reason once', () => {
    expect(new Set(hostErrorReasons).size).toBe(hostErrorReasons.length);
  });
});

describe('parseHostRequest', () => {
  it('words a refused file name by what the operation names', () => {
    expect(
      refusal('saveFile', { suggestedName: 'a/b.csv', data: new Uint8Array(), filters: [] }),
    ).toMatchObject({
      code: 'invalid-request',
      reason: 'invalidFileName',
      values: { name: 'a/b.csv' },
    });
    expect(refusal('readBackup', { name: '../x' })).toMatchObject({
      reason: 'invalidBackupName',
      values: { name: '../x' },
    });
    expect(refusal('readExchangeFile', { name: 'notes.txt' })).toMatchObject({
      reason: 'invalidPackageName',
      values: { name: 'notes.txt' },
    });
  });

  it('shortens an absurdly long name before showing it', () => {
    const error = refusal('readBackup', { name: 'x'.repeat(5000) });
    expect(error.reason).toBe('invalidBackupName');
    expect(String(error.values.name).length).toBeLessThanOrEqual(121);
  });

  it('words a package too large, and anything else', () => {
    // Zero-filled and never touched, so the operating system does not really allocate it.
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    const tooLarge = refusal('writeExchangeFile', { name: 'big.mcpkg', data: huge });
    expect(tooLarge).toMatchObject({
      reason: 'packageTooLarge',
      values: { name: 'big.mcpkg', limit: 512 },
    });
    expect(tooLarge.message).toMatch(/Refused writeExchangeFile: data: File too large/);
    expect(refusal('listBackups', { extra: true })).toMatchObject({
      reason: 'invalidRequest',
      values: {},
    });
    expect(refusal('listBackups', undefined).reason).toBe('invalidRequest');
  });
});

describe('errorText', () => {
  const translators = new Map<string, I18n>();

  beforeAll(async () => {
    const resources = await resourcesFor(uiLanguages);
    for (const lng of uiLanguages) {
      const instance = i18next.createInstance();
      await instance.init({ resources, lng, interpolation: { escapeValue: false } });
      translators.set(lng, instance);
    }
  });

  it('shows a HostError in French, with its values, not its English message', () => {
    const error = new HostError(
      'io',
      'backupNotFound',
      { name: 'backup-2026-03-14.mcpkg' },
      'The backup backup-2026-03-14.mcpkg was not found.',
    );
    expect(errorText(translators.get('fr')!.t, error)).toBe(
      'La sauvegarde backup-2026-03-14.mcpkg est introuvable\u202f; elle a peut-être été supprimée. Choisissez une autre sauvegarde dans la liste.',
    );
    expect(errorText(translators.get('en')!.t, error)).toBe(
      'The backup backup-2026-03-14.mcpkg was not found; it may have been deleted. Choose another backup from the list.',
    );
  });

  it('puts numbers into the sentence', () => {
    const error = new HostError(
      'invalid-request',
      'packageTooLarge',
      { name: 'big.mcpkg', limit: 512 },
      'big.mcpkg is larger than 512 MB and cannot be read.',
    );
    expect(errorText(translators.get('fr')!.t, error)).toMatch(
      /^Le paquet big\.mcpkg dépasse 512 Mo/,
    );
  });

  it('renders every reason in every language, with nothing left to fill in', () => {
    for (const [lng, i18n] of translators) {
      for (const reason of hostErrorReasons) {
        const values: HostErrorValues = Object.fromEntries(
          hostErrorPlaceholders[reason].map((name) => [name, `«${name}»`]),
        );
        const text = i18n.t(`hostErrors.${reason}`, values);
        expect(text, `${lng} ${reason}`).not.toMatch(/\{\{|hostErrors\./);
        for (const name of hostErrorPlaceholders[reason]) {
          expect(text, `${lng} ${reason}`).toContain(`«${name}»`);
        }
        if (lng !== 'en') {
          expect(text, `${lng} ${reason}`).not.toBe(english.hostErrors[reason]);
        }
      }
    }
  });
});
