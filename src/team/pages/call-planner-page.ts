/**
 * The call-planning worksheet on screen: fills the form from what this device
 * kept (call-plan.ts), keeps each change as the rep types, and offers Print
 * and Clear. Without this script the same form is a paper worksheet.
 */
import { browserStorage } from '../../progress/browser/events';
import type { CallPlan } from '../call-plan';
import { MAX_FIELD, PLAN_FIELDS, readPlan, writePlan } from '../call-plan';

// Not the progress pages' dom.ts: it brings the progress store, which this page never reads.
const $ = <T extends HTMLElement = HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
};
const storage = browserStorage();
const form = $('[data-plan-form]');
const status = $('[data-plan-status]');
const field = (name: string) => form.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`);

const kept = readPlan(storage);
for (const key of PLAN_FIELDS) {
  const el = field(key);
  if (el && kept.plan[key]) el.value = kept.plan[key];
}
if (kept.problem === 'blocked') status.textContent = 'This browser blocks site storage: you can fill in and print the worksheet, but it is not kept.';
if (kept.problem === 'unreadable') status.textContent = 'The worksheet kept on this device could not be read back, so it starts empty.';

let warned = false;
let timer: ReturnType<typeof setTimeout> | undefined;
const save = () => {
  const plan: CallPlan = {};
  for (const key of PLAN_FIELDS) plan[key] = (field(key)?.value ?? '').slice(0, MAX_FIELD);
  const ok = writePlan(storage, plan, Date.now());
  // Said once, not on every keystroke: a live region that speaks while the rep types is noise.
  if (!ok && !warned) status.textContent = "This device's storage is full or blocked: the worksheet is not kept, but you can still print it.";
  warned ||= !ok;
};
form.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(save, 300);
});
$('[data-plan-print]').addEventListener('click', () => window.print());
$('[data-plan-clear]').addEventListener('click', () => {
  for (const key of PLAN_FIELDS) {
    const el = field(key);
    if (el) el.value = '';
  }
  clearTimeout(timer);
  save();
  status.textContent = 'The worksheet is cleared on this device.';
  field('who')?.focus();
});
for (const button of form.querySelectorAll<HTMLButtonElement>('[data-plan-actions] button')) button.disabled = false;
$('[data-plan-actions]').hidden = false;
