// Printing: the call card fits one page; a lesson prints as a clean handout.
import { expect, test } from '@playwright/test';

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const format of ['A4', 'Letter'] as const) {
  test(`the call card prints on one ${format} page`, async ({ page }) => {
    await page.goto('call-card/');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format, printBackground: false });
    expect(pageCount(pdf)).toBe(1);
  });
}

test('a lesson prints without navigation, with link targets written out', async ({ page }) => {
  await page.goto('voicemail/press-zero/');
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Course outline', 'Breadcrumb', 'Previous and next lesson']) await expect(page.getByRole('navigation', { name })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const linkAfter = await page.evaluate(() => {
    const a = document.querySelector<HTMLAnchorElement>('.prose a[href]');
    return a ? getComputedStyle(a, '::after').content : 'none';
  });
  if (linkAfter !== 'none') expect(linkAfter).toContain('(');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pageCount(pdf)).toBeGreaterThan(0);
});
