// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { findIndonesianVoice, sentenceAt, sentenceOffsets, speakBlock } from './speech';

class Utterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  constructor(public text: string) {
    super();
  }
}

function stubSpeech(voices: { lang: string; name: string }[]) {
  const spoken: Utterance[] = [];
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    addEventListener: () => {},
    speak: (u: Utterance) => spoken.push(u),
    cancel: () => {},
  });
  return spoken;
}

afterEach(() => vi.unstubAllGlobals());

const block = () =>
  render(
    <p lang="id" data-segment="p1">
      <span data-sentence="0">Kim tiba. </span>
      <span data-sentence="1">Putin menyambut.</span>
    </p>,
  ).container.querySelector('p')!;

it('finds where each sentence span starts in the spoken text', () => {
  const sentences = sentenceOffsets(block());
  expect(sentences.map((s) => s.start)).toEqual([0, 10]);
  expect(sentenceAt(sentences, 12)?.textContent).toBe('Putin menyambut.');
  expect(sentenceAt(sentences, 3)?.textContent).toBe('Kim tiba. ');
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

it('marks the sentence at each word boundary while reading, and clears the mark at the end', () => {
  const spoken = stubSpeech([{ lang: 'id-ID', name: 'I' }]);
  const p = block();
  const done = vi.fn();
  speakBlock(p, { lang: 'id-ID' } as SpeechSynthesisVoice, done);
  const utterance = spoken[0]!;
  expect(utterance.text).toBe('Kim tiba. Putin menyambut.');
  expect(utterance.lang).toBe('id-ID');
  const marked = () => [...p.querySelectorAll('[data-speaking]')].map((el) => el.textContent);
  expect(marked()).toEqual(['Kim tiba. ']);
  utterance.dispatchEvent(Object.assign(new Event('boundary'), { charIndex: 16 }));
  expect(marked()).toEqual(['Putin menyambut.']);
  utterance.dispatchEvent(new Event('end'));
  expect(marked()).toEqual([]);
  expect(done).toHaveBeenCalledOnce();
});
