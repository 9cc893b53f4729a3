import { DEFAULT_LAYOUT, LAYOUTS } from '@/lib/routes/table.mjs';

/** How the reader arranges each pair: the list lives in lib/routes/table.mjs, with the routes. */
export { DEFAULT_LAYOUT, LAYOUTS, VARIANT_LAYOUTS } from '@/lib/routes/table.mjs';
export type Layout = (typeof LAYOUTS)[number];

export const isLayout = (value: unknown): value is Layout => LAYOUTS.includes(value as Layout);

/** An unknown or missing value is the default: a mistyped link still shows the article. */
export const parseLayout = (value: unknown): Layout => (isLayout(value) ? value : DEFAULT_LAYOUT);

/** Where the device remembers the last layout chosen (localStorage: the HTML never varies by it). */
export const LAYOUT_STORAGE_KEY = 'sejajar.layout';
