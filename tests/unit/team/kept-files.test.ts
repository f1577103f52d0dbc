// The board's files kept in this browser: read back as written, a same-named
// file replaced, blocked, full or edited storage handled without a throw.
import { describe, expect, it } from 'vitest';
import { TEAM_KEY, readKept, withAdded, writeKept } from '../../../src/team/kept-files';
import { MemoryStorage } from '../progress/fixtures';

describe('kept board files', () => {
  it('reads back what was written, the newer of a name replacing the older', () => {
    const s = new MemoryStorage();
    const files = withAdded(
      [
        { name: 'a.json', text: 'old' },
        { name: 'b.json', text: 'b' },
      ],
      [{ name: 'a.json', text: 'new' }],
    );
    expect(writeKept(s, files)).toBe(true);
    expect(readKept(s)).toEqual({
      files: [
        { name: 'b.json', text: 'b' },
        { name: 'a.json', text: 'new' },
      ],
    });
    expect(writeKept(s, [])).toBe(true);
    expect(s.map.has(TEAM_KEY)).toBe(false);
  });

  it('says so when storage is blocked or full, and keeps the old list on a failed write', () => {
    const s = new MemoryStorage();
    writeKept(s, [{ name: 'a.json', text: 'a' }]);
    s.refuse = () => true;
    expect(writeKept(s, [{ name: 'b.json', text: 'b' }])).toBe(false);
    expect(readKept(s).files.map((f) => f.name)).toEqual(['a.json']);
    s.blocked = true;
    expect(readKept(s)).toEqual({ files: [], problem: 'blocked' });
    expect(writeKept(undefined, [])).toBe(false);
  });

  it('starts empty on edited or newer data, and drops entries of the wrong shape', () => {
    const s = new MemoryStorage();
    s.map.set(TEAM_KEY, '{not json');
    expect(readKept(s)).toEqual({ files: [], problem: 'unreadable' });
    s.map.set(TEAM_KEY, JSON.stringify({ v: 2, files: [] }));
    expect(readKept(s).problem).toBe('unreadable');
    s.map.set(TEAM_KEY, JSON.stringify({ v: 1, files: [{ name: 'a', text: 'x' }, { name: 1 }, null, { name: 'b', text: '', problem: 'too large' }] }));
    expect(readKept(s).files).toEqual([
      { name: 'a', text: 'x' },
      { name: 'b', text: '', problem: 'too large' },
    ]);
  });
});
