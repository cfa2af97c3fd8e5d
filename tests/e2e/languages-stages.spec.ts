/**
 * Every stage of both sample workshops — the meta-cluster workshop and the reinforcement
 * workshop — in French and in Arabic (issue 16): no string of the English catalogue, no serious
 * axe violation, in Arabic the stage moves mirrored (Ctrl+← is the next stage), and the report
 * printed to PDF in the language (Arabic set from the right). With
 * SHOTS_DIR set, every stage is saved as screenshots (docs/screenshots/stage-*).
 */
import { expectAccessible } from './axe';
import { englishOnly, englishShown, text } from './catalogue';
import { expect, openSampleWorkshop, startWithSample, test, switchLanguage } from './fixtures';
import { pdfItems, pdfLines, type PdfLine } from './pdf';

const WORKSHOPS = [
  { kind: 'metacluster', name: /^Meta-cluster workshop:/ },
  { kind: 'reinforcement', name: /^Reinforcement workshop:/ },
] as const;

for (const language of ['fr', 'ar'] as const) {
  test(`every stage of both workshops in ${language} shows no English left`, async ({
    page,
    welcome,
    clusters,
    pageErrors: _,
  }) => {
    test.setTimeout(420_000);
    await startWithSample(welcome, clusters);
    await switchLanguage(page, language);
    const strings = englishOnly(language);
    const found: string[] = [];

    for (const workshop of WORKSHOPS) {
      await openSampleWorkshop(page, workshop.name);
      await page
        .getByRole('link', { name: text(language, 'runner.tabs.run'), exact: true })
        .click();
      const reopen = page.getByRole('button', { name: text(language, 'runner.done.reopen') });
      await expect(page.locator('#stage-title').or(reopen)).toBeVisible();
      if (await reopen.isVisible()) await reopen.click();
      const stages = page
        .getByRole('navigation', { name: text(language, 'runner.steps') })
        .getByRole('button');
      await expect(stages.first()).toBeVisible();
      const count = await stages.count();
      expect(count, workshop.kind).toBeGreaterThanOrEqual(5);
      for (let index = 0; index < count; index += 1) {
        const stage = stages.nth(index);
        if ((await stage.getAttribute('aria-current')) !== 'step') await stage.click();
        await expect(stage).toHaveAttribute('aria-current', 'step');
        await expect(page.locator('#stage-title')).toBeVisible();
        await page.waitForLoadState('networkidle');
        for (const value of await englishShown(page, strings)) {
          found.push(`${workshop.kind} stage ${index + 1}: ${value}`);
        }
        await expectAccessible(page, `stage-${workshop.kind}-${index + 1}-${language}`);
      }

      if (language === 'ar') {
        // The workshop's name (data, in Latin script) keeps its own direction in the heading.
        await expect(page.locator('#workshop-title bdi')).toHaveText(workshop.name);
        // Right to left, the next stage is on the left: Ctrl+← moves forward, Ctrl+→ back.
        await stages.first().click();
        await expect(stages.first()).toHaveAttribute('aria-current', 'step');
        await page.locator('#stage-title').click();
        await page.keyboard.press('Control+ArrowLeft');
        await expect(stages.nth(1)).toHaveAttribute('aria-current', 'step');
        await page.keyboard.press('Control+ArrowRight');
        await expect(stages.first()).toHaveAttribute('aria-current', 'step');
        const next = page.locator('[aria-keyshortcuts="PageDown Control+ArrowLeft"]');
        await expect(next).toHaveCount(1);
        const first = (await stages.first().boundingBox())!;
        const second = (await stages.nth(1).boundingBox())!;
        expect(second.x, 'the stages run right to left').toBeLessThan(first.x);
      }
    }
    expect(found, 'English strings on a translated stage').toEqual([]);

    // The report printed through Chromium (as the browser's "Save as PDF" and Electron's
    // printToPDF do): in the language, and in Arabic set from the right.
    await page
      .getByRole('link', { name: text(language, 'runner.tabs.report'), exact: true })
      .click();
    await expect(page.getByRole('button', { name: text(language, 'report.print') })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const items = await pdfItems(await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const lines = pdfLines(items).filter((line) => /\p{L}{3}/u.test(line.text));
    const inArabic = lines.filter((line) => /\p{Script=Arabic}/u.test(line.text));
    // Lines set from the right start at the right margin; from the left, at the left one.
    const share = (from: (line: PdfLine) => boolean, of: readonly PdfLine[]) =>
      of.filter(from).length / of.length;
    const fromRight = (line: PdfLine) => line.right > line.pageWidth * 0.8;
    const fromLeft = (line: PdfLine) => line.left < line.pageWidth * 0.2;
    if (language === 'ar') {
      expect(inArabic.length, 'Arabic lines in the PDF').toBeGreaterThan(20);
      expect(share(fromRight, inArabic), 'Arabic lines set from the right').toBeGreaterThan(0.8);
      expect(share(fromLeft, inArabic), 'Arabic lines set from the left').toBeLessThan(0.5);
    } else {
      expect(inArabic).toEqual([]);
      expect(share(fromLeft, lines), 'French lines set from the left').toBeGreaterThan(0.8);
      // pdf.js gives no-break spaces (French "Programme :") as plain ones.
      const spaced = (value: string) => value.replace(/\s+/g, ' ');
      const printed = spaced(lines.map((line) => line.text).join(' '));
      expect(printed).toContain(spaced(text(language, 'report.agenda.title')));
    }
  });
}
