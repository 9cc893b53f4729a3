/** What a pair's roving focus moves between: its blocks, the names in them and its reveal button. */
export const ROVING_ITEMS = '[data-segment], [data-term], button[data-reveal]';

export const pairItems = (pair: HTMLElement) => [...pair.querySelectorAll<HTMLElement>(ROVING_ITEMS)];

/** The item that ← → Home End lead to from `current`, or undefined for any other key or at an end. */
export function stepWithin<T>(items: T[], current: T, key: string): T | undefined {
  const index = items.indexOf(current);
  if (index === -1) return undefined;
  const next =
    key === 'ArrowRight'
      ? items[index + 1]
      : key === 'ArrowLeft'
        ? items[index - 1]
        : key === 'Home'
          ? items[0]
          : key === 'End'
            ? items.at(-1)
            : undefined;
  return next === current ? undefined : next;
}
