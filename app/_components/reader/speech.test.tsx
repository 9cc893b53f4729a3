// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { collectUnits, findIndonesianVoice, markSpeaking, speak, stopSpeaking } from './speech';

class Utterance extends EventTarget {
  lang = '';
  rate = 1;
  voice: unknown = null;
  constructor(public text: string) {
    super();
  }
}

function stubSpeech(voices: { lang: string; name: string }[]) {
  const spoken: Utterance[] = [];
  const cancel = vi.fn();
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    addEventListener: () => {},
    speak: (u: Utterance) => spoken.push(u),
    cancel,
  });
  return { spoken, cancel };
}

afterEach(() => vi.unstubAllGlobals());

const article = () =>
  render(
    <div>
      <h1 lang="id" data-segment="h">
        Judul
      </h1>
      <p lang="id" data-segment="p1">
        <span data-sentence="p1.0">Kim tiba. </span>
        <span data-sentence="p1.1">Putin menyambut.</span>
      </p>
      <p lang="en" data-segment="p1">
        <span data-sentence="p1.0">Kim arrived. </span>
        <span data-sentence="p1.1">Putin welcomed him.</span>
      </p>
    </div>,
  ).container;

it('reads the original only, sentence by sentence, a block without sentences as one', () => {
  const units = collectUnits(article());
  expect(units.map((u) => [u.element.textContent?.trim(), u.sentence])).toEqual([
    ['Judul', undefined],
    ['Kim tiba.', 'p1.0'],
    ['Putin menyambut.', 'p1.1'],
  ]);
});

it('marks the sentence being read in both languages, and only that one', () => {
  const root = article();
  const [, first, second] = collectUnits(root);
  const marked = () => [...root.querySelectorAll('[data-speaking]')].map((el) => el.textContent?.trim());
  markSpeaking(first, root);
  expect(marked()).toEqual(['Kim tiba.', 'Kim arrived.']);
  markSpeaking(second, root);
  expect(marked()).toEqual(['Putin menyambut.', 'Putin welcomed him.']);
  markSpeaking(undefined, root);
  expect(marked()).toEqual([]);
});

it('picks an Indonesian voice, and says so when the device has none', async () => {
  stubSpeech([
    { lang: 'en-US', name: 'E' },
    { lang: 'id_ID', name: 'I' },
  ]);
  expect(await findIndonesianVoice()).toEqual({ voice: { lang: 'id_ID', name: 'I' } });
  stubSpeech([{ lang: 'en-US', name: 'E' }]);
  expect(await findIndonesianVoice()).toEqual({ missing: 'voice' });
});

it('speaks a sentence in Indonesian at the chosen speed and says when it has ended', () => {
  const { spoken } = stubSpeech([{ lang: 'id-ID', name: 'I' }]);
  const [, first] = collectUnits(article());
  const ended = vi.fn();
  speak(first!, { lang: 'id-ID' } as SpeechSynthesisVoice, 0.8, ended);
  const utterance = spoken[0]!;
  expect([utterance.text, utterance.lang, utterance.rate]).toEqual(['Kim tiba. ', 'id-ID', 0.8]);
  utterance.dispatchEvent(new Event('end'));
  expect(ended).toHaveBeenCalledOnce();
});

it('never reports the end of a sentence that was stopped, so a pause does not play on', () => {
  const { spoken, cancel } = stubSpeech([{ lang: 'id-ID', name: 'I' }]);
  const [, first] = collectUnits(article());
  const ended = vi.fn();
  speak(first!, { lang: 'id-ID' } as SpeechSynthesisVoice, 1, ended);
  stopSpeaking();
  spoken[0]!.dispatchEvent(new Event('error'));
  expect(cancel).toHaveBeenCalledOnce();
  expect(ended).not.toHaveBeenCalled();
});
