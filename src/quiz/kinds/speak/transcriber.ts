// A transcript of each recorded reply, only where the browser can make it on
// this device: SpeechRecognition.available({ langs, processLocally: true })
// must say 'available', and the recogniser is told processLocally, so the
// audio never goes to a speech service. Anything else (no API, no on-device
// support, the language pack not installed, blocked by policy) means no
// transcript, with the reason in words; the drill works the same without one.
// Where the language pack can be installed, the drill offers to ask the browser.
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
type OnDevice = { langs: string[]; processLocally: boolean };
export interface RecognitionApi {
  new (): Recognition;
  available?(options: OnDevice): Promise<'available' | 'downloadable' | 'downloading' | 'unavailable'>;
  install?(options: OnDevice): Promise<boolean>;
}
interface ResultEvent extends Event {
  results: ArrayLike<{ isFinal: boolean; 0?: { transcript: string } }>;
}

export const LANG = 'en-US';
const ON_DEVICE: OnDevice = { langs: [LANG], processLocally: true };

/** The browser's recogniser, if it has one. */
export const recognitionApi = (): RecognitionApi | undefined => {
  const w = globalThis as { SpeechRecognition?: RecognitionApi; webkitSpeechRecognition?: RecognitionApi };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
};

/** What this browser can do for an English transcript on the device. */
export type Support = 'available' | 'downloadable' | 'downloading' | 'unavailable' | 'absent' | 'remote-only' | 'blocked';

/** Why there is no transcript, as the middle of a sentence. */
export const WHY_NO_TRANSCRIPT: Record<Exclude<Support, 'available'>, string> = {
  absent: 'this browser has no speech recognition',
  'remote-only': 'this browser cannot promise to keep speech recognition on the device',
  unavailable: 'this device has no on-device speech recognition for English',
  downloadable: 'English speech recognition is not installed on this device yet',
  downloading: 'English speech recognition is still being installed on this device; open the drill again in a minute',
  blocked: 'speech recognition is blocked on this page',
};

export async function speechSupport(api: RecognitionApi | undefined = recognitionApi()): Promise<Support> {
  if (!api) return 'absent';
  if (typeof api.available !== 'function') return 'remote-only';
  try {
    return await api.available(ON_DEVICE);
  } catch {
    return 'blocked';
  }
}

/** Asks the browser to install English for on-device recognition (its own download; nothing of the learner's is sent). */
export async function installSpeech(api: RecognitionApi | undefined = recognitionApi()): Promise<boolean> {
  try {
    return (await api?.install?.(ON_DEVICE)) === true;
  } catch {
    return false;
  }
}

export interface Transcript {
  /** Resolves with the words recognised once stopped ('' if none); never rejects. */
  stop(): Promise<string>;
}

/** Starts transcribing the track; call only once speechSupport() said 'available'. */
export function startTranscript(track: MediaStreamTrack, api: RecognitionApi, waitMs = 3000): Transcript {
  let recognition: Recognition;
  try {
    recognition = new api();
  } catch {
    return { stop: async () => '' }; // A recogniser that cannot be made: the reply simply has no transcript.
  }
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
