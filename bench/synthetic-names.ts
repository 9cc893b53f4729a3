/** Seeded name generation shared by the glossary and build-scaling benches, so runs are repeatable. */

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'sha',
  'vo',
  'len',
  'tar',
  'shi',
  'po',
  'na',
  'dre',
  'gu',
  'lin',
  'mor',
  'ev',
  'san',
  'to',
  'vich',
];

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A capitalised made-up word of two or three syllables, name-like in either language. */
export function syntheticWord(random: () => number): string {
  const text = Array.from(
    { length: 2 + Math.floor(random() * 2) },
    () => SYLLABLES[Math.floor(random() * SYLLABLES.length)],
  ).join('');
  return text[0]!.toUpperCase() + text.slice(1);
}
