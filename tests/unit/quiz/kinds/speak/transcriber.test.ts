// The transcriber against a fake SpeechRecognition: the on-device gate and its
// reasons, and the recognition of the recorder's track.
import { describe, expect, it, vi } from 'vitest';
import { startTranscript, whyNoTranscript, type Recognition, type RecognitionApi } from '../../../../../src/quiz/kinds/speak/transcriber';

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

describe('whyNoTranscript', () => {
  it('allows a transcript only when English is available on the device', async () => {
    const { api, available } = fakeApi('available');
    expect(await whyNoTranscript(api)).toBeNull();
    expect(available).toHaveBeenCalledWith({ langs: ['en-US'], processLocally: true });
  });

  it.each([
    ['unavailable', /no on-device speech recognition/],
    ['downloadable', /speech pack is not installed/],
    ['downloading', /speech pack is not installed/],
  ] as const)('says why when the device answers %s', async (state, why) => {
    expect(await whyNoTranscript(fakeApi(state).api)).toMatch(why);
  });

  it('says why with no recogniser, one that cannot promise on-device work, or a policy block', async () => {
    expect(await whyNoTranscript(undefined)).toBe('this browser has no speech recognition');
    expect(await whyNoTranscript(fakeApi().api)).toMatch(/cannot promise/);
    expect(await whyNoTranscript(fakeApi(new DOMException('blocked', 'NotAllowedError')).api)).toBe('speech recognition is blocked on this page');
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
