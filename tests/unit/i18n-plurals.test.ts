// Plural forms as the app's language variants write them (issue 16): European Portuguese puts
// zero in the plural ("0 registos"), where Intl's bare "pt" (Brazil) puts it in the singular.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { applyPluralVariants } from '../../src-renderer/i18n';
import { resourcesFor } from '../../src-renderer/i18n/resources';

async function instance(withVariants: boolean) {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: await resourcesFor(['pt', 'fr']),
    lng: 'pt',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  if (withVariants) applyPluralVariants(i18n);
  return i18n;
}

describe('plural forms', () => {
  it('writes zero in the plural in European Portuguese', async () => {
    const i18n = await instance(true);
    expect(i18n.t('settings.sampleRemoved', { count: 0 })).toBe('0 registos de exemplo removidos.');
    expect(i18n.t('settings.sampleRemoved', { count: 1 })).toBe('1 registo de exemplo removido.');
    expect(i18n.t('settings.sampleRemoved', { count: 2 })).toBe('2 registos de exemplo removidos.');
  });

  it('would write it in the singular with the bare language’s rules (what the variant fixes)', async () => {
    const i18n = await instance(false);
    expect(i18n.t('settings.sampleRemoved', { count: 0 })).toBe('0 registo de exemplo removido.');
  });

  it('leaves other languages’ rules as Intl gives them (French: zero is singular)', async () => {
    const i18n = await instance(true);
    await i18n.changeLanguage('fr');
    expect(i18n.t('settings.sampleRemoved', { count: 0 })).toMatch(/^0 .*supprimé\.$/);
  });
});
