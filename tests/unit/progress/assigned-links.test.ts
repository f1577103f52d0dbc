import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/progress/assignment';
import { assignmentLink, encodeAssignment } from '../../../src/progress/assignment';
import { ASSIGNED_KEY, MAX_ASSIGNED, codeFromLink, readAssigned, rememberAssigned } from '../../../src/progress/assigned-links';
import { MemoryStorage } from './fixtures';

const made = (n: string): Assignment => ({ v: 1, n, i: ['Q:connect-first'], m: 80, c: '2026-11-22' });

describe('assignments remembered by the Assign page', () => {
  it('newest first, each once, at most MAX_ASSIGNED', () => {
    const storage = new MemoryStorage();
    for (let k = 0; k < MAX_ASSIGNED + 5; k++) expect(rememberAssigned(storage, encodeAssignment(made(`Trainee ${k}`)))).toBe(true);
    rememberAssigned(storage, encodeAssignment(made('Trainee 10')));
    const list = readAssigned(storage);
    expect(list).toHaveLength(MAX_ASSIGNED);
    expect(list.map((l) => l.assignment.n).slice(0, 2)).toEqual(['Trainee 10', `Trainee ${MAX_ASSIGNED + 4}`]);
    expect(new Set(list.map((l) => l.code)).size).toBe(MAX_ASSIGNED);
  });

  it('blocked or full storage: nothing remembered, nothing thrown', () => {
    const blocked = new MemoryStorage();
    blocked.blocked = true;
    expect(rememberAssigned(blocked, encodeAssignment(made('Sam')))).toBe(false);
    expect(readAssigned(blocked)).toEqual([]);
    const full = new MemoryStorage();
    full.refuse = () => true;
    expect(rememberAssigned(full, encodeAssignment(made('Sam')))).toBe(false);
    expect(rememberAssigned(undefined, encodeAssignment(made('Sam')))).toBe(false);
    expect(readAssigned(undefined)).toEqual([]);
  });

  it('whatever is stored, reading gives only assignments that decode', () => {
    const good = encodeAssignment(made('Sam'));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.array(fc.oneof(fc.string(), fc.constant(good), fc.jsonValue())).map((a) => JSON.stringify(a)),
        ),
        (stored) => {
          const storage = new MemoryStorage();
          storage.map.set(ASSIGNED_KEY, stored);
          const list = readAssigned(storage);
          expect(list.every((l) => l.code === good && l.assignment.n === 'Sam')).toBe(true);
          expect(rememberAssigned(storage, good)).toBe(true);
          expect(readAssigned(storage)[0]?.code).toBe(good);
        },
      ),
    );
  });

  it('takes the code out of a pasted link, or a bare code as it is', () => {
    const code = encodeAssignment(made('Sam'));
    expect(codeFromLink(`  ${assignmentLink('https://x.example/course/assignment/', made('Sam'))}\n`)).toBe(code);
    expect(codeFromLink(code)).toBe(code);
    expect(codeFromLink('https://x.example/course/assignment/')).toBe('https://x.example/course/assignment/');
  });
});
