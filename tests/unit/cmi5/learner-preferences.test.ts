import { describe, expect, it } from 'vitest';
import { soundPreference } from '../../../src/cmi5/learner-preferences';

describe('the learner’s sound preference (cmi5LearnerPreferences)', () => {
  it('reads on and off, and nothing else', () => {
    expect(soundPreference({ languagePreference: 'en-US', audioPreference: 'off' })).toBe('off');
    expect(soundPreference({ audioPreference: 'on' })).toBe('on');
    for (const doc of [undefined, null, 'off', {}, { audioPreference: 'OFF' }, { audioPreference: 0 }, []]) expect(soundPreference(doc), JSON.stringify(doc)).toBeUndefined();
  });
});

