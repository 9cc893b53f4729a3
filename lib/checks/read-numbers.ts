import type { Language } from '../align';

/** A number as one language writes it, with its value read by that language's rules. */
export interface NumberMention {
  text: string;
  value: number;
  start: number;
  end: number;
  /** A time of day; `value` is then minutes after midnight, so "pukul 14.30" and "2:30 p.m." agree. */
  time?: true;
  /**
   * A number written as a lone word ("dua", "two", "kedua"). Never required of the other side:
   * style guides spell small numbers out, so a word only explains away a figure the other side has.
   */
  spelled?: true;
}

const multipliers: Record<Language, Record<string, number>> = {
  id: { ratus: 1e2, ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 },
  en: {
    hundred: 1e2,
    thousand: 1e3,
    million: 1e6,
    mn: 1e6,
    mln: 1e6,
    billion: 1e9,
    bn: 1e9,
    trillion: 1e12,
    tn: 1e12,
  },
};

/** Cardinals and ordinals small enough that news copy spells them; "a" only counts before a multiplier. */
const words: Record<Language, Record<string, number>> = {
  id: {
    ...listed('nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas', 0),
    ...listed('pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh', 1),
  },
  en: {
    ...listed('zero one two three four five six seven eight nine ten eleven twelve', 0),
    ...listed('first second third fourth fifth sixth seventh eighth ninth tenth', 1),
    a: 1,
    an: 1,
  },
};

function listed(list: string, from: number): Record<string, number> {
  return Object.fromEntries(list.split(' ').map((word, k) => [word, from + k]));
}

const notWord = String.raw`(?![\p{L}\p{N}])`;
const wordStart = String.raw`(?<![\p{L}\p{N}])`;
const alternation = (keys: string[]) => `(?:${[...keys].sort((a, b) => b.length - a.length).join('|')})`;

const patterns: Record<Language, RegExp> = { id: patternFor('id'), en: patternFor('en') };

function patternFor(lang: Language): RegExp {
  const mult = alternation(Object.keys(multipliers[lang]));
  const word = alternation(Object.keys(words[lang]));
  const time =
    lang === 'id'
      ? String.raw`(?:pukul|jam|pkl\.?)\s*(?<hour>\d{1,2})[.:](?<minute>\d{2})${notWord}`
      : String.raw`(?<hour>\d{1,2})(?::(?<minute>\d{2}))?\s*(?<half>[ap]\.m\.|[ap]m${notWord})|(?<hour24>\d{1,2}):(?<minute24>\d{2})${notWord}`;
  // Indonesian fuses "se-" (one) with a multiplier: "sejuta", "seribu".
  const fused = lang === 'id' ? `${wordStart}se(?<fused>${mult})${notWord}|` : '';
  return new RegExp(
    `${time}|${fused}(?<digits>\\d+(?:[.,]\\d+)*)(?:\\s*(?<digitsTimes>${mult})${notWord})?` +
      `|${wordStart}(?<word>${word})(?:\\s+(?<wordTimes>${mult}))?${notWord}`,
    'giu',
  );
}

/**
 * The numbers in `text`, read the way `lang` writes them. Indonesian groups thousands with "." and
 * writes decimals with ","; English the reverse. A separator followed by anything but three digits
 * cannot group thousands, so "1.5" in Indonesian and "1,5" in English read as decimals (a
 * translator's slip, whose value is still right). Signs are ignored: in "12 - 17 September" the
 * hyphen is a range, and news copy writes "minus" or "turun" for a fall.
 */
export function readNumbers(text: string, lang: Language): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(patterns[lang])) {
    const groups = match.groups ?? {};
    const start = match.index;
    const mention = (value: number, extra: Partial<NumberMention> = {}): NumberMention => ({
      text: match[0],
      value: Number(value.toPrecision(12)),
      start,
      end: start + match[0].length,
      ...extra,
    });
    const times = (key: string | undefined) => (key ? multipliers[lang][key.toLowerCase()]! : 1);
    if (groups.hour !== undefined || groups.hour24 !== undefined) {
      found.push(mention(minutesOf(groups), { time: true }));
    } else if (groups.fused !== undefined) {
      found.push(mention(times(groups.fused)));
    } else if (groups.digits !== undefined) {
      const parts = readDigits(groups.digits, lang, start);
      const [only] = parts;
      // "1,5 triliun" is one number; a run read as parts keeps them unscaled, there being no one value to scale.
      if (only && parts.length === 1) found.push(mention(only.value * times(groups.digitsTimes)));
      else found.push(...parts);
    } else if (groups.word !== undefined) {
      const value = words[lang][groups.word.toLowerCase()]!;
      if (groups.wordTimes) found.push(mention(value * times(groups.wordTimes)));
      else if (!['a', 'an'].includes(groups.word.toLowerCase()))
        found.push(mention(value, { spelled: true }));
    }
  }
  return found;
}

function minutesOf(groups: Record<string, string | undefined>): number {
  const hour = Number(groups.hour ?? groups.hour24);
  const minute = Number(groups.minute ?? groups.minute24 ?? 0);
  const half = groups.half?.toLowerCase().replace(/\./g, '');
  const hour24 = half === undefined ? hour : (hour % 12) + (half === 'pm' ? 12 : 0);
  return hour24 * 60 + minute;
}

/** One run of digits and separators; a run no rule reads whole ("1.2.3") is read as its parts. */
function readDigits(run: string, lang: Language, offset: number): NumberMention[] {
  const [group, decimal] = lang === 'id' ? ['.', ','] : [',', '.'];
  const g = `\\${group}`;
  const d = `\\${decimal}`;
  const whole = (value: number) => [{ text: run, value, start: offset, end: offset + run.length }];
  if (new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`).test(run))
    return whole(Number(run.split(group).join('').replace(decimal, '.')));
  if (/^\d+$/.test(run)) return whole(Number(run));
  if (/^\d+[.,]\d+$/.test(run)) return whole(Number(run.replace(',', '.')));
  const parts: NumberMention[] = [];
  for (const part of run.matchAll(/\d+/g))
    parts.push({
      text: part[0],
      value: Number(part[0]),
      start: offset + part.index,
      end: offset + part.index + part[0].length,
    });
  return parts;
}
