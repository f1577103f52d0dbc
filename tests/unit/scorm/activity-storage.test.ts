// Two activities an LMS serves from one origin share one localStorage: each
// must see only its own progress; review writes nothing that stays.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../src/scorm/host';
import { activityStorage, overlayStorage } from '../../../src/scorm/activity-storage';
import { PROGRESS_KEY } from '../../../src/progress/state';

const keysOf = (s: { key(i: number): string | null; length: number }) => Array.from({ length: s.length }, (_, i) => s.key(i));

describe('one activity’s view of the browser’s storage', () => {
  it('keeps each activity’s progress apart, and apart from the site’s', () => {
    const browser = memoryStorage(() => {});
    browser.setItem(PROGRESS_KEY, 'the site’s own');
    let changes = 0;
    const a = activityStorage(browser, '/pluginfile.php/11/mod_scorm/content/1/', () => changes++);
    const b = activityStorage(browser, '/pluginfile.php/12/mod_scorm/content/1/', () => {});
    expect(a.getItem(PROGRESS_KEY)).toBeNull();
    a.setItem(PROGRESS_KEY, 'done in A');
    expect(changes).toBe(1);
    expect(b.getItem(PROGRESS_KEY)).toBeNull();
    expect(browser.getItem(PROGRESS_KEY)).toBe('the site’s own');
    expect(keysOf(a)).toEqual([PROGRESS_KEY]);
    a.removeItem(PROGRESS_KEY);
    expect(a.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('shares the theme and the name for certificates', () => {
    const browser = memoryStorage(() => {});
    browser.setItem('warm-open:theme', 'dark');
    const a = activityStorage(browser, '/a/', () => {});
    expect(a.getItem('warm-open:theme')).toBe('dark');
    a.setItem('warm-open:name', 'Sam');
    expect(activityStorage(browser, '/b/', () => {}).getItem('warm-open:name')).toBe('Sam');
  });
});

describe('the copy in review', () => {
  it('shows the seed and what is underneath, and keeps nothing written', () => {
    const under = memoryStorage(() => {});
    under.setItem('warm-open:theme', 'dark');
    under.setItem(PROGRESS_KEY, 'stored');
    const copy = overlayStorage(under, { [PROGRESS_KEY]: 'the record' });
    expect(copy.getItem(PROGRESS_KEY)).toBe('the record');
    expect(copy.getItem('warm-open:theme')).toBe('dark');
    copy.setItem(PROGRESS_KEY, 'tried in review');
    copy.removeItem('warm-open:theme');
    expect(copy.getItem(PROGRESS_KEY)).toBe('tried in review');
    expect(copy.getItem('warm-open:theme')).toBeNull();
    expect(keysOf(copy)).toEqual([PROGRESS_KEY]);
    expect(under.getItem(PROGRESS_KEY)).toBe('stored');
    expect(under.getItem('warm-open:theme')).toBe('dark');
  });
});
