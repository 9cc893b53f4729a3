import type { TextPiece } from '@/lib/glossary/types';

/** Interface strings a reader block needs, translated on the server and passed down as props. */
export interface BlockLabels {
  /** The interface language, for text such as "Translation pending" that sits inside an English block. */
  interfaceLang: string;
  pending: string;
  note: string;
}

/** How a block's text is cut into plain runs and glossary mentions, and where a mention links to. */
export interface TermMarker {
  mark: (text: string, lang: 'id' | 'en') => TextPiece[];
  href: (termId: string) => string;
}
