// The other party's line read by the device's own voices (speechSynthesis,
// local voices only, so nothing is sent to a speech service). No synthesis or
// no local voice: the drill shows no voice controls and works as before.
export interface Speaker {
  voices: { name: string; lang: string }[];
  speak(text: string, voice: string, rate: number): void;
  cancel(): void;
}

export const RATES = [
  { label: 'Slower', rate: 0.8 },
  { label: 'Normal', rate: 1 },
  { label: 'Faster', rate: 1.2 },
] as const;

export function makeSpeaker(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): Speaker | null {
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null;
  const local = synth.getVoices().filter((v) => v.localService);
  if (!local.length) return null;
  return {
    voices: local.map((v) => ({ name: v.name, lang: v.lang })),
    speak(text, voice, rate) {
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      const chosen = local.find((v) => v.name === voice);
      if (chosen) utterance.voice = chosen;
      utterance.rate = rate;
      synth.speak(utterance);
    },
    cancel: () => synth.cancel(),
  };
}
