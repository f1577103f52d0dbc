import { describe, expect, it, vi } from 'vitest';
import { reasonFor } from '../../../../../src/quiz/kinds/speak/recorder';
import { makeSpeaker } from '../../../../../src/quiz/kinds/speak/speaker';

describe('reasonFor', () => {
  it('maps the microphone errors to the fallback reasons', () => {
    expect(reasonFor({ name: 'NotAllowedError' })).toBe('refused');
    expect(reasonFor({ name: 'NotFoundError' })).toBe('absent');
    expect(reasonFor({ name: 'NotSupportedError' })).toBe('unsupported');
    expect(reasonFor(null)).toBe('unsupported');
  });
});

describe('makeSpeaker', () => {
  const voice = (name: string, localService: boolean) => ({ name, lang: 'en-US', localService }) as SpeechSynthesisVoice;
  const synth = (voices: SpeechSynthesisVoice[]) => ({ getVoices: () => voices, speak: vi.fn(), cancel: vi.fn() }) as unknown as SpeechSynthesis;

  it('offers nothing without synthesis or without a local voice', () => {
    expect(makeSpeaker(undefined)).toBeNull();
    vi.stubGlobal('SpeechSynthesisUtterance', class {});
    expect(makeSpeaker(synth([voice('Cloud', false)]))).toBeNull();
    vi.unstubAllGlobals();
  });

  it('keeps the local voices only and speaks with the chosen voice and rate', () => {
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        voice: unknown = null;
        rate = 1;
        constructor(public text: string) {}
      },
    );
    const s = synth([voice('Cloud', false), voice('Local', true)]);
    const speaker = makeSpeaker(s)!;
    expect(speaker.voices.map((v) => v.name)).toEqual(['Local']);
    speaker.speak('Hello', 'Local', 0.8);
    const said = vi.mocked(s.speak).mock.calls[0]![0] as unknown as { text: string; rate: number; voice: { name: string } };
    expect([said.text, said.rate, said.voice.name]).toEqual(['Hello', 0.8, 'Local']);
    vi.unstubAllGlobals();
  });
});
