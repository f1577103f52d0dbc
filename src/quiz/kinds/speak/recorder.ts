// The microphone, only on the learner's press: getUserMedia + MediaRecorder.
// Tracks are released on stop; a cap stops a forgotten recording by itself.
// The length runs from recorder.start() (after getUserMedia, so a permission
// prompt never counts as speech) to the learner's Stop. Not from the 'start'
// event: on a busy machine it came 1.2 s late, and a 5.7 s reply showed 4.5 s.
export type NoRecordReason = 'refused' | 'absent' | 'unsupported';

export interface Recording {
  blob: Blob;
  seconds: number;
}

export interface Recorder {
  /** The microphone's track, for an on-device transcript of the same audio (transcriber.ts). */
  track: MediaStreamTrack | undefined;
  stop(): void;
  done: Promise<Recording>;
}

export const CAP_SECONDS = 100;

export function reasonFor(error: unknown): NoRecordReason {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'absent';
  return 'unsupported';
}

export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

export async function startRecording(): Promise<Recorder> {
  if (!canRecord()) throw Object.assign(new Error('cannot record'), { name: 'NotSupportedError' });
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks: Blob[] = [];
  let began = 0;
  let ended = 0;
  const release = () => stream.getTracks().forEach((t) => t.stop());
  const done = new Promise<Recording>((resolve, reject) => {
    recorder.addEventListener('dataavailable', (e) => e.data.size && chunks.push(e.data));
    recorder.addEventListener('stop', (e) => {
      release();
      const seconds = Math.round(((ended || e.timeStamp) - began) / 100) / 10;
      resolve({ blob: new Blob(chunks, { type: recorder.mimeType }), seconds });
    });
    recorder.addEventListener('error', () => {
      release();
      reject(new Error('recording failed'));
    });
  });
  const stop = () => {
    ended ||= performance.now();
    if (recorder.state !== 'inactive') recorder.stop();
  };
  const cap = setTimeout(stop, CAP_SECONDS * 1000);
  began = performance.now();
  recorder.start();
  return {
    track: stream.getAudioTracks()[0],
    stop() {
      clearTimeout(cap);
      stop();
    },
    done,
  };
}
