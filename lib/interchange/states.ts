import type { TranslationStatus } from '../content/types';

/** XLIFF 2.0 segment states (spec §4.3.1.26) and how Sejajar's statuses map onto them. */
export const xliffStates = ['initial', 'translated', 'reviewed', 'final'] as const;
export type XliffState = (typeof xliffStates)[number];

export const stateOfStatus: Record<TranslationStatus, XliffState> = {
  pending: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
};

/** "final" has no status of its own: signed off is as far as Sejajar's review goes. */
export const statusOfState: Record<XliffState, TranslationStatus> = {
  initial: 'pending',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'reviewed',
};

export function isXliffState(value: string): value is XliffState {
  return (xliffStates as readonly string[]).includes(value);
}
