/**
 * Reads an Indonesian block aloud with the Web Speech API and marks the sentence being read.
 * Imported on first use only (ListenButton), so pages that are never listened to never load it.
 */

/** Voices arrive asynchronously in Chromium; a device without one never fires `voiceschanged`. */
const VOICE_WAIT_MS = 800;

let current: { utterance: SpeechSynthesisUtterance; done: () => void } | undefined;

export type VoiceLookup = { voice: SpeechSynthesisVoice } | { missing: 'voice' | 'speech' };

export async function findIndonesianVoice(): Promise<VoiceLookup> {
  const synth = typeof window === 'undefined' ? undefined : window.speechSynthesis;
  if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') return { missing: 'speech' };
  let voices = synth.getVoices();
  if (voices.length === 0) {
    voices = await new Promise<SpeechSynthesisVoice[]>((resolve) => {
      const timer = setTimeout(() => resolve(synth.getVoices()), VOICE_WAIT_MS);
      synth.addEventListener?.(
        'voiceschanged',
        () => {
          clearTimeout(timer);
          resolve(synth.getVoices());
        },
        { once: true },
      );
    });
  }
  // "id-ID", "id_ID" and the legacy "in-ID" all name Indonesian.
  const voice = voices.find((v) => /^(id|in)([-_]|$)/i.test(v.lang));
  return voice ? { voice } : { missing: 'voice' };
}

/** Speaks the block's text; `onDone` runs once, when it ends, fails or is stopped. */
export function speakBlock(block: HTMLElement, voice: SpeechSynthesisVoice, onDone: () => void) {
  stopSpeaking();
  const text = block.textContent ?? '';
  const sentences = sentenceOffsets(block);
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'id-ID';
  utterance.voice = voice;
  let marked: Element | undefined;
  const mark = (element: Element | undefined) => {
    if (element === marked) return;
    marked?.removeAttribute('data-speaking');
    marked = element;
    marked?.setAttribute('data-speaking', '');
  };
  const finish = () => {
    if (current?.utterance !== utterance) return;
    current = undefined;
    mark(undefined);
    onDone();
  };
  // Without sentence spans the whole block is the unit being read.
  mark(sentences.length ? sentences[0]?.element : block);
  utterance.addEventListener('boundary', (event) => {
    if (sentences.length) mark(sentenceAt(sentences, event.charIndex));
  });
  utterance.addEventListener('end', finish);
  utterance.addEventListener('error', finish);
  current = { utterance, done: finish };
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking() {
  const speaking = current;
  if (!speaking) return;
  window.speechSynthesis.cancel();
  speaking.done();
}

interface SentenceSpan {
  element: Element;
  start: number;
}

/** Where each `[data-sentence]` span starts in the block's text, the string that is spoken. */
export function sentenceOffsets(block: HTMLElement): SentenceSpan[] {
  return [...block.querySelectorAll('[data-sentence]')].map((element) => {
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEndBefore(element);
    return { element, start: before.toString().length };
  });
}

export function sentenceAt(sentences: SentenceSpan[], charIndex: number): Element | undefined {
  let found = sentences[0];
  for (const sentence of sentences) if (sentence.start <= charIndex) found = sentence;
  return found?.element;
}
