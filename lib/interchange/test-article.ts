import { reshapeArticle } from '../content/article';
import type { TranslationFile } from '../content/schema';
import type { Article } from '../content/types';

/** A small article whose texts carry every character XML must escape, one segment per status. */
export const trickyTranslation: TranslationFile = {
  lang: 'en',
  segments: [
    { id: 'headline', status: 'reviewed', text: 'Prices of <chili> & "rice" rise' },
    {
      id: 'p1',
      status: 'translated',
      text: "KONTAN.CO.ID - JAKARTA. It's “up” 5% & more",
      note: 'Figures as <reported> & "quoted".',
    },
    { id: 'p2', status: 'pending', text: '' },
    { id: 'p3', status: 'pending', text: 'A draft < done' },
  ],
  related: [],
};

export function trickyArticle(translation: TranslationFile = trickyTranslation): Article {
  return reshapeArticle(
    'harga-naik',
    {
      source: { name: 'Kontan', site: 'KONTAN.CO.ID', url: 'https://www.kontan.co.id/' },
      published: '2024-03-04',
      dateline: 'JAKARTA',
      originalLanguage: 'id',
      translations: ['en'],
      related: [],
    },
    {
      lang: 'id',
      segments: [
        { id: 'headline', text: 'Harga <cabai> & "beras" naik' },
        { id: 'p1', text: "KONTAN.CO.ID - JAKARTA. Harga ‘naik’ 5% & lebih, kata 'pedagang'" },
        { id: 'p2', text: 'Paragraf ]]> dengan penutup CDATA' },
        { id: 'p3', text: 'Draf < selesai' },
      ],
    },
    translation,
  );
}
