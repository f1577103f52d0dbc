// A transcript of each recorded reply, only where the browser can make it on
// this device: SpeechRecognition.available({ langs, processLocally: true })
// must say 'available', and the recogniser is told processLocally, so the
// audio never goes to a speech service. Anything else (no API, no on-device
// support, the language pack not installed, blocked by policy) means no
// transcript, with the reason in words; the drill works the same without one.
// The recogniser listens to the recorder's own microphone track.

/** The slice of the Web Speech API used here (TypeScript's DOM types do not have SpeechRecognition yet). */
export interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  start(track?: MediaStreamTrack): void;
  stop(): void;
}
export interface RecognitionApi {
  new (): Recognition;
  available?(options: { langs: string[]; processLocally: boolean }): Promise<'available' | 'downloadable' | 'downloading' | 'unavailable'>;
}
interface ResultEvent extends Event {
  results: ArrayLike<{ isFinal: boolean; 0?: { transcript: string } }>;
}

export const LANG = 'en-US';

/** The browser's recogniser, if it has one. */
export const recognitionApi = (): RecognitionApi | undefined => {
  const w = globalThis as { SpeechRecognition?: RecognitionApi; webkitSpeechRecognition?: RecognitionApi };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
};

/** Null when transcripts can be made on this device; otherwise why not, as the end of a sentence. */
export async function whyNoTranscript(api: RecognitionApi | undefined = recognitionApi()): Promise<string | null> {
  if (!api) return 'this browser has no speech recognition';
  if (typeof api.available !== 'function') return 'this browser cannot promise to keep speech recognition on the device';
  try {
    const state = await api.available({ langs: [LANG], processLocally: true });
    if (state === 'available') return null;
    if (state === 'unavailable') return 'this device has no on-device speech recognition for English';
    return "this device's English speech pack is not installed (your browser's settings can add it)";
  } catch {
    return 'speech recognition is blocked on this page';
  }
}

export interface Transcript {
  /** Resolves with the words recognised once stopped ('' if none); never rejects. */
  stop(): Promise<string>;
}

/** Starts transcribing the track; call only after whyNoTranscript() said null. */
export function startTranscript(track: MediaStreamTrack, api: RecognitionApi, waitMs = 3000): Transcript {
  const recognition = new api();
  recognition.lang = LANG;
  recognition.continuous = true;
  recognition.interimResults = false;
  recognition.processLocally = true;
  let text = '';
  let ended = false;
  let finish = () => {};
  const over = new Promise<void>((resolve) => (finish = resolve));
  recognition.addEventListener('result', (event) => {
    // In continuous mode each event carries every result so far: rebuild from the final ones.
    const { results } = event as ResultEvent;
    text = Array.from(results, (r) => (r.isFinal ? (r[0]?.transcript ?? '').trim() : ''))
      .filter(Boolean)
      .join(' ');
  });
  recognition.addEventListener('end', () => {
    ended = true;
    finish();
  });
  // An error ('no-speech', 'network'...) ends the recognition; what was heard so far stands.
  recognition.addEventListener('error', () => finish());
  try {
    recognition.start(track);
  } catch {
    ended = true;
    finish();
  }
  return {
    async stop() {
      if (!ended) recognition.stop();
      // The last results arrive just before 'end'; a recogniser that never ends still lets the drill go on.
      await Promise.race([over, new Promise((resolve) => setTimeout(resolve, waitMs))]);
      return text;
    },
  };
}
