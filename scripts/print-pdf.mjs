// Prints built pages to PDF with headless Chromium, to look at the handouts:
// node scripts/print-pdf.mjs <baseURL> <outDir> <path>...   (PDF_FORMAT=Letter for US Letter; A4 by default)
import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './browser.mjs';

const [baseURL = 'http://localhost:4321/', outDir = '.', ...paths] = process.argv.slice(2);
const format = process.env['PDF_FORMAT'] === 'Letter' ? 'Letter' : 'A4';
const browser = await chromium.launch(browserLaunchOptions());
const page = await browser.newPage();
for (const path of paths) {
  await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' });
  const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${format}.pdf`;
  await page.pdf({ path: file, format });
  console.log(file);
}
await browser.close();
