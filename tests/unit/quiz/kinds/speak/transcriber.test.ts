// The transcriber against a fake SpeechRecognition: the on-device gate and its
// reasons, and the recognition of the recorder's track.
import { describe, expect, it, vi } from 'vitest';
import { installSpeech, speechSupport, startTranscript, type Recognition, type RecognitionApi } from '../../../../../src/quiz/kinds/speak/transcriber';

type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

/** A SpeechRecognition double: remembers its settings and the track it was given; the test plays its events. */
function fakeApi(availability?: Availability | Error) {
  const made: FakeRecognition[] = [];
  class FakeRecognition extends EventTarget implements Recognition {
    lang = '';
    continuous = false;
    interimResults = true;
    processLocally = false;
    track: MediaStreamTrack | undefined;
    stopped = false;
    endsOnStop = true;
    constructor() {
      super();
      made.push(this);
    }
    start(track?: MediaStreamTrack) {
      this.track = track;
    }
    stop() {
      this.stopped = true;
      if (this.endsOnStop) this.dispatchEvent(new Event('end'));
    }
    hear(results: [string, boolean][]) {
      const event = Object.assign(new Event('result'), { results: results.map(([transcript, isFinal]) => ({ isFinal, 0: { transcript } })) });
      this.dispatchEvent(event);
    }
  }
  const available = vi.fn(async () => {
    if (availability instanceof Error) throw availability;
    return availability ?? 'available';
  });
  const api = (availability === undefined ? FakeRecognition : Object.assign(FakeRecognition, { available })) as unknown as RecognitionApi;
  return { api, made, available };
}

const track = { kind: 'audio', readyState: 'live' } as MediaStreamTrack;

describe('speechSupport', () => {
  it('asks for English on the device only, and passes on what the browser says', async () => {
    for (const state of ['available', 'downloadable', 'downloading', 'unavailable'] as const) {
      const { api, available } = fakeApi(state);
      expect(await speechSupport(api)).toBe(state);
      expect(available).toHaveBeenCalledWith({ langs: ['en-US'], processLocally: true });
    }
  });

  it('tells apart no recogniser, one that cannot promise on-device work, and a policy block', async () => {
    expect(await speechSupport(undefined)).toBe('absent');
    expect(await speechSupport(fakeApi().api)).toBe('remote-only');
    expect(await speechSupport(fakeApi(new DOMException('blocked', 'NotAllowedError')).api)).toBe('blocked');
  });
});

describe('installSpeech', () => {
  it('asks the browser to install English for on-device use, and never throws', async () => {
    const install = vi.fn(async () => true);
    const { api } = fakeApi('downloadable');
    expect(await installSpeech(Object.assign(api, { install }))).toBe(true);
    expect(install).toHaveBeenCalledWith({ langs: ['en-US'], processLocally: true });
    expect(await installSpeech(Object.assign(fakeApi('downloadable').api, { install: async () => Promise.reject(new Error('no')) }))).toBe(false);
    expect(await installSpeech(fakeApi('downloadable').api)).toBe(false);
    expect(await installSpeech(undefined)).toBe(false);
  });
});

describe('startTranscript', () => {
  it('recognises the given track on the device, and joins the final results', async () => {
    const { api, made } = fakeApi('available');
    const transcript = startTranscript(track, api);
    const recognition = made[0]!;
    expect(recognition).toMatchObject({ lang: 'en-US', continuous: true, interimResults: false, processLocally: true, track });
    recognition.hear([['hi Omar', true]]);
    recognition.hear([
      ['hi Omar', true],
      ["it's Elif from Fieldline", true],
      ['how is', false],
    ]);
    expect(await transcript.stop()).toBe("hi Omar it's Elif from Fieldline");
    expect(recognition.stopped).toBe(true);
  });

  it('keeps what was heard when the recogniser errs, and gives up waiting on one that never ends', async () => {
    const { api, made } = fakeApi('available');
    const erring = startTranscript(track, api);
    made[0]!.hear([['hello', true]]);
    made[0]!.dispatchEvent(new Event('error'));
    expect(await erring.stop()).toBe('hello');

    const silent = startTranscript(track, api, 20);
    made[1]!.endsOnStop = false;
    expect(await silent.stop()).toBe('');
  });

  it('resolves empty when the recogniser cannot be made', async () => {
    const broken = class {
      constructor() {
        throw new DOMException('no', 'NotSupportedError');
      }
    } as unknown as RecognitionApi;
    expect(await startTranscript(track, broken).stop()).toBe('');
  });

  it('resolves empty when the recogniser refuses to start', async () => {
    const { api, made } = fakeApi('available');
    const transcript = startTranscript(
      track,
      class extends (api as unknown as new () => Recognition) {
        override start(): void {
          throw new DOMException('not live', 'InvalidStateError');
        }
      } as unknown as RecognitionApi,
    );
    expect(made).toHaveLength(1);
    expect(await transcript.stop()).toBe('');
  });
});
