import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replyStats, statsLine } from '../../../../../src/quiz/kinds/speak/speech-stats';

const opener = { target: 'opener', targetSeconds: 25 } as const;
const voicemail = { target: 'voicemail', targetSeconds: 20 } as const;
const ids = (text: string, seconds: number, options: Parameters<typeof replyStats>[2]) => replyStats(text, seconds, options).hints.map((h) => h.id);

describe('replyStats', () => {
  it('counts words a minute over the recorded length', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    expect(replyStats(fifty, 20, { ...opener, first: true })).toMatchObject({ words: 50, wordsPerMinute: 150 });
    expect(replyStats(fifty, 0.4, { ...opener, first: true }).wordsPerMinute).toBe(0);
  });

  it('counts filler words and phrases, not words that contain them or "like"', () => {
    const { fillers } = replyStats("Um, hi Omar. Uh, you know, I'd like to, um, I mean, ask about your umbrella drummer", 10, { ...opener, first: true });
    expect(fillers).toEqual([
      { filler: 'um', count: 2 },
      { filler: 'uh', count: 1 },
      { filler: 'you know', count: 1 },
      { filler: 'i mean', count: 1 },
    ]);
  });

  it('runs every hint on the first reply, and only the ask hints on later ones', () => {
    const bigAsk = 'Sure. What are your biggest challenges this year?';
    expect(ids(bigAsk, 8, { ...opener, first: true })).toEqual(expect.arrayContaining(['no-greeting', 'big-ask']));
    expect(ids(bigAsk, 8, { ...opener, first: false })).toEqual(['big-ask']);
    expect(ids('Hi Dana, it is Ravi. Could you help me?', 8, { ...voicemail, first: true })).toContain('no-name-number');
    expect(ids('Dana, thanks for calling back. Is that you?', 8, { ...voicemail, first: false })).toEqual([]);
  });

  it('leaves out the question-counting hints when the transcript has no punctuation', () => {
    const spoken = replyStats('hi Omar this is Elif from Fieldline how is your week going', 6, { ...opener, first: true });
    expect(spoken.punctuated).toBe(false);
    expect(spoken.hints.map((h) => h.id)).not.toContain('no-question');
    expect(replyStats('Hi Omar, this is Elif from Fieldline.', 6, { ...opener, first: true }).hints.map((h) => h.id)).toContain('no-question');
  });

  it('says a reply is too long from its real length, not an estimate from the words', () => {
    expect(ids('Hi Omar, this is Elif. How is your week going?', 31, { ...opener, first: true })).toEqual(['too-long']);
    expect(replyStats('Hi Omar, this is Elif. How is your week going?', 31, { ...opener, first: true }).hints[0]?.message).toMatch(/took 31 seconds.*about 25/);
    expect(ids('Hi Omar, this is Elif. How is your week going?', 24, { ...opener, first: true })).toEqual([]);
  });

  it('never throws on any text and length, and its figures are sane', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ min: 0, max: 1000, noNaN: true }), fc.boolean(), fc.boolean(), (text, seconds, first, isOpener) => {
        const stats = replyStats(text, seconds, { ...(isOpener ? opener : voicemail), first });
        expect(Number.isInteger(stats.wordsPerMinute) && stats.wordsPerMinute >= 0).toBe(true);
        expect(stats.fillers.every((f) => f.count > 0)).toBe(true);
        expect(new Set(stats.hints.map((h) => h.id)).size).toBe(stats.hints.length);
        expect(typeof statsLine(stats)).toBe('string');
      }),
    );
  });
});

describe('statsLine', () => {
  it('says the pace against an unhurried phone pace, and the fillers', () => {
    expect(statsLine(replyStats('um hi Omar um how is your week', 4, { ...opener, first: true }))).toBe(
      '120 words a minute (an unhurried phone pace is about 150); fillers: um (2).',
    );
    expect(statsLine(replyStats('Hi Omar.', 2, { ...opener, first: true }))).toMatch(/; no filler words\.$/);
    expect(statsLine(replyStats('', 2, { ...opener, first: true }))).toBe('No words were recognised in this reply.');
  });
});
