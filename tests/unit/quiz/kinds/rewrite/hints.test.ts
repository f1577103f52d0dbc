import { describe, expect, it } from 'vitest';
import { estimateSeconds, rewriteHints } from '../../../../../src/quiz/kinds/rewrite/hints';

const opener = { target: 'opener', maxSeconds: 20 } as const;
const voicemail = { target: 'voicemail', maxSeconds: 30 } as const;
const ids = (text: string, options: { target: 'opener' | 'voicemail'; maxSeconds: number } = opener) => rewriteHints(text, options).map((h) => h.id);

describe('rewriteHints', () => {
  it('has nothing to say about an empty text', () => {
    expect(rewriteHints('', opener)).toEqual([]);
    expect(rewriteHints('   \n', voicemail)).toEqual([]);
  });

  it('passes a courteous, short opener with one question after the reason', () =>
    expect(ids('Hi Sam, this is Dana at Acme. We help teams cut call prep in half. How do you prepare today?')).toEqual([]));

  it.each([
    ['Hello Sam, Dana here. Quick one: how do you prepare?'],
    ['Good morning Sam! Dana at Acme. How do you prepare?'],
    ['Sam, hey, Dana at Acme. How do you prepare?'],
    ['Dana at Acme, this is a quick one. How do you prepare?'],
  ])('finds a greeting near the start of %j', (text) => expect(ids(text)).not.toContain('no-greeting'));

  it('misses a greeting that is not near the start', () =>
    expect(ids('Dana at Acme calling about your call prep, and I wanted to say hi. How do you prepare?')).toContain('no-greeting'));

  it('asks for a question when there is none', () => {
    expect(ids('Hi Sam, Dana at Acme. We cut call prep in half.')).toEqual(['no-question']);
    expect(rewriteHints('Hi Sam, Dana at Acme, 555 123 4567.', voicemail).map((h) => h.message)).toEqual([
      'Ask for their help with one clear question, so they have a reason to call back.',
    ]);
  });

  it('counts questions for an opener only', () => {
    const text = 'Hi Sam, Dana at Acme. We cut prep time. How do you prepare? Who else helps? Is now bad?';
    expect(rewriteHints(text, opener)).toContainEqual({
      id: 'many-questions',
      message: 'You ask 3 questions beyond the friendly check-in; keep to one quick question that fits how they sound.',
    });
    expect(ids(`${text} Call me on 555 123 4567.`, voicemail)).not.toContain('many-questions');
  });

  it("does not count the connect step's check-in as the one question", () => {
    expect(ids("Hi Sam, this is Dana at Acme. How's your week going? We cut prep time. Do you prep calls by hand?")).toEqual([]);
    expect(ids('Hi Sam, this is Dana at Acme. How are you? Do you prep calls by hand? Who else helps?')).toEqual(['many-questions']);
  });

  it('flags an opener that starts with a question', () => expect(ids('Hi Sam, got a minute? Dana at Acme here.')).toEqual(['opens-with-question']));

  it.each([
    ["Hi Sam, this is Dana at Acme, how's your week going?"],
    ['Hello, Dana from Acme here, could you help me for a moment?'],
    ['Hi there, maybe you can help me out?'],
  ])('lets a greeting with a check-in or a request for help be the first sentence: %j', (text) => {
    expect(ids(`${text} We cut prep time for sales teams.`)).not.toContain('opens-with-question');
    expect(ids(`${text} Call me on 555 123 4567.`, voicemail)).not.toContain('opens-with-question');
  });

  it('still flags a first sentence that asks for something else, even after a greeting', () => {
    expect(ids('Hi Sam, do you have two minutes? Dana at Acme here.')).toContain('opens-with-question');
    expect(ids('How would you like to double your leads? Hi, Dana at Acme.')).toContain('opens-with-question');
  });

  it('ends a sentence at an ellipsis, so a trailing-off lead-in is not read as the question', () =>
    expect(ids('Hi, this is Dana at Acme, I know you are busy… How do you book calls today?')).toEqual([]));

  it.each([
    ['If you could wave a magic wand over your hiring, what would change?'],
    ["What's your biggest challenge with payroll right now?"],
    ['Could you walk me through how you handle renewals?'],
    ['What three things would you fix about your fleet?'],
    ['Tell me about your marketing plan for next year?'],
  ])('flags a big-ask question: %j', (question) => {
    const text = `Hi Sam, this is Dana at Acme. We help small firms with this. ${question}`;
    expect(ids(text)).toEqual(['big-ask']);
    expect(ids(`${text} My number is 555 123 4567.`, voicemail)).toContain('big-ask');
  });

  it('names the big-ask question it found, in one line', () => {
    const [hint] = rewriteHints('Hi Sam, Dana at Acme. What is your\nbiggest challenge?', opener);
    expect(hint?.message).toBe(
      '“What is your biggest challenge?” asks a stranger to stop and think hard for you; ask one quick question they can answer straight away.',
    );
  });

  it('leaves a quick, fitting question alone', () =>
    expect(ids('Hi Sam, this is Dana at Acme. We cut payroll errors for small firms. Who runs payroll for you today?')).toEqual([]));

  it('tells a brochure voicemail that it sounds like an advert, and a meeting request that it asks for time', () => {
    const brochure = 'Hi Sam, Dana here from Acme, the leading provider of payroll tools, with a free trial this month. Call me on 555 123 4567.';
    expect(ids(brochure, voicemail)).toEqual(['no-question', 'brochure']);
    const meeting = 'Hi Sam, Dana at Acme. I would love to set up a meeting to show you what we do. Could you call me on 555 123 4567?';
    expect(ids(meeting, voicemail)).toEqual(['meeting-request']);
    const both = 'Hi Sam, Dana at Acme. Our services include payroll and HR. Can we book a demo? 555 123 4567.';
    expect(ids(both, voicemail)).toEqual(['brochure', 'meeting-request']);
  });

  it('keeps brochure and meeting hints to voicemails: an opener may say what the firm does', () =>
    expect(ids('Hi Sam, this is Dana at Acme, an award-winning payroll firm. Who runs payroll for you today?')).toEqual([]));

  it('states the estimated seconds when the text is too long to say', () => {
    const text = `Hi Sam, this is Dana. ${'word '.repeat(60)}How do you prepare?`;
    expect(rewriteHints(text, opener)).toEqual([{ id: 'too-long', message: 'This takes about 28 seconds to say; aim for 20 seconds or less.' }]);
  });

  it('asks a voicemail for a number to call back on', () => {
    expect(ids('Hi Sam, Dana at Acme. Could you help me find who runs training?', voicemail)).toEqual(['no-name-number']);
    for (const number of ['555 123 4567', '(555) 123-4567', '+44 20 7946 0958', '5551234567'])
      expect(ids(`Hi Sam, Dana at Acme. Could you help me? ${number}.`, voicemail)).toEqual([]);
  });

  it('gives one plain sentence per hint', () => {
    for (const hint of rewriteHints('Got a minute? And another? And a third?', voicemail)) expect(hint.message).toMatch(/^[^\n<>]+[.?]$/);
  });
});

describe('estimateSeconds', () => {
  it('reads at 150 words a minute', () => {
    expect(estimateSeconds('one two three four five')).toBe(2);
    expect(estimateSeconds(Array(150).fill('word').join(' '))).toBe(60);
  });
  it('ignores stray punctuation and spacing', () => expect(estimateSeconds('  one —  two \n three ...  ')).toBeCloseTo(1.2));
});
