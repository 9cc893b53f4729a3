'use client';

import { useEffect, useRef, useState } from 'react';
import type { SpeechUnit } from './speech';

export interface PlayerLabels {
  group: string;
  play: string;
  pause: string;
  replay: string;
  /** Accessible name of Replay; contains its visible text (WCAG 2.5.3). */
  replayName: string;
  speed: string;
  noVoice: string;
  noSpeech: string;
}

export const SPEEDS = [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2] as const;
/** Dispatched on document by the `l` key (ReaderKeys): pause, or play from the start of that pair. */
export const LISTEN_EVENT = 'sejajar:listen';

const loadSpeech = () => import('./speech');
type Speech = Awaited<ReturnType<typeof loadSpeech>>;
type Voice =
  | { state: 'checking' }
  | { state: 'ready'; voice: SpeechSynthesisVoice }
  | { state: 'missing'; why: string; height?: number };

/**
 * One player for the article: the whole Indonesian original, sentence by sentence, with both
 * twins marked while one is read; pause and play on, replay the sentence, speed 0.6× to 1.2×.
 * Where the device has no Indonesian voice it is replaced by one line saying so, in the height the
 * controls took, so the article below does not jump (on a 390 px phone they wrap to 63 px, the
 * line is 40).
 */
export function ArticlePlayer({ labels }: { labels: PlayerLabels }) {
  const [voice, setVoice] = useState<Voice>({ state: 'checking' });
  const [playing, setPlaying] = useState(false);
  const [rate, setRate] = useState(1);
  const at = useRef({ units: [] as SpeechUnit[], index: 0 });
  const speech = useRef<Speech>(undefined);
  const controls = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void loadSpeech().then(async (loaded) => {
      speech.current = loaded;
      const found = await loaded.findIndonesianVoice();
      if (!live) return;
      if ('voice' in found) setVoice({ state: 'ready', voice: found.voice });
      else
        setVoice({
          state: 'missing',
          why: found.missing === 'voice' ? labels.noVoice : labels.noSpeech,
          height: controls.current?.getBoundingClientRect().height,
        });
    });
    return () => {
      live = false;
      speech.current?.stopSpeaking();
      speech.current?.markSpeaking(undefined);
    };
  }, [labels]);

  const ready = voice.state === 'ready' ? voice.voice : undefined;

  // Speaks the current unit and, when it ends, the next, until the article ends or is paused.
  const sayFrom = (index: number, speed = rate) => {
    const s = speech.current;
    if (!s || !ready) return;
    const { units } = at.current;
    const unit = units[index];
    at.current.index = index;
    if (!unit) {
      s.markSpeaking(undefined);
      at.current.index = 0;
      return setPlaying(false);
    }
    s.markSpeaking(unit);
    unit.element.scrollIntoView({ block: 'nearest' });
    setPlaying(true);
    s.speak(unit, ready, speed, () => sayFrom(index + 1, speed));
  };

  const play = (fromPair?: string) => {
    const s = speech.current;
    if (!s) return;
    at.current.units = s.collectUnits();
    let index = at.current.index;
    if (fromPair) {
      const first = at.current.units.findIndex(
        (unit) => unit.element.closest('[data-pair]')?.id === fromPair,
      );
      if (first >= 0) index = first;
    }
    sayFrom(index);
  };
  const pause = () => {
    speech.current?.stopSpeaking();
    setPlaying(false);
  };

  useEffect(() => {
    const onListen = (event: Event) => {
      const pair = (event as CustomEvent<{ pair?: string }>).detail?.pair;
      if (playing) pause();
      else play(pair);
    };
    document.addEventListener(LISTEN_EVENT, onListen);
    return () => document.removeEventListener(LISTEN_EVENT, onListen);
  });

  if (voice.state === 'missing')
    return (
      <p className="text-sm text-[var(--color-muted)]" style={{ minHeight: voice.height }}>
        {voice.why}
      </p>
    );
  return (
    <div
      ref={controls}
      role="group"
      aria-label={labels.group}
      className="flex flex-wrap items-center gap-2 text-sm"
    >
      <button
        type="button"
        className="tool-button"
        aria-pressed={playing}
        aria-keyshortcuts="l"
        disabled={!ready}
        onClick={() => (playing ? pause() : play())}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? labels.pause : labels.play}
      </button>
      <button
        type="button"
        className="tool-button"
        aria-label={labels.replayName}
        disabled={!ready}
        onClick={() => {
          at.current.units = speech.current?.collectUnits() ?? [];
          sayFrom(at.current.index);
        }}
      >
        <span aria-hidden="true">↺</span> {labels.replay}
      </button>
      <label className="inline-flex items-center gap-1">
        {labels.speed}
        <select
          className="tool-button"
          value={rate}
          disabled={!ready}
          onChange={(event) => {
            const next = Number(event.target.value);
            setRate(next);
            // Heard at once: the sentence being read starts again at the new speed.
            if (playing) sayFrom(at.current.index, next);
          }}
        >
          {SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {speed.toFixed(1)}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
