/**
 * The article player's engine: the Web Speech API reads the Indonesian original one sentence at
 * a time, and both twins of the sentence being read are marked. One utterance per sentence keeps
 * replay, pause and a change of speed exact, where Chromium's pause() and boundary events are not.
 */

/** Voices arrive asynchronously in Chromium; a device without one never fires `voiceschanged`. */
const VOICE_WAIT_MS = 800;

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

/** One thing the player says: a sentence of the original, or a whole block without sentences. */
export interface SpeechUnit {
  element: HTMLElement;
  /** The sentence id both twins carry (`data-sentence`), when the unit is a sentence. */
  sentence?: string;
}

/** Every sentence of the article's Indonesian original, in reading order. */
export function collectUnits(root: ParentNode = document): SpeechUnit[] {
  return [...root.querySelectorAll<HTMLElement>('[data-segment][lang="id"]')].flatMap((block) => {
    const sentences = [...block.querySelectorAll<HTMLElement>('[data-sentence]')];
    return sentences.length
      ? sentences.map((element) => ({ element, sentence: element.dataset.sentence }))
      : [{ element: block }];
  });
}

/** Marks the unit being read and, for a sentence, its twin in the translation; clears the last. */
export function markSpeaking(unit: SpeechUnit | undefined, root: ParentNode = document) {
  for (const marked of root.querySelectorAll('[data-speaking]')) marked.removeAttribute('data-speaking');
  if (!unit) return;
  unit.element.setAttribute('data-speaking', '');
  if (unit.sentence)
    for (const twin of root.querySelectorAll(`[data-sentence="${CSS.escape(unit.sentence)}"]`))
      twin.setAttribute('data-speaking', '');
}

let current: SpeechSynthesisUtterance | undefined;

/**
 * Speaks one unit at `rate` and calls `onEnd` once when it has been read to the end. A unit
 * stopped by `stopSpeaking` or replaced by the next `speak` never calls it.
 */
export function speak(unit: SpeechUnit, voice: SpeechSynthesisVoice, rate: number, onEnd: () => void) {
  stopSpeaking();
  const utterance = new SpeechSynthesisUtterance(unit.element.textContent ?? '');
  utterance.lang = 'id-ID';
  utterance.voice = voice;
  utterance.rate = rate;
  const finish = () => {
    if (current !== utterance) return;
    current = undefined;
    onEnd();
  };
  utterance.addEventListener('end', finish);
  utterance.addEventListener('error', finish);
  current = utterance;
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking() {
  if (!current) return;
  current = undefined;
  window.speechSynthesis.cancel();
}
