export { createMemory } from './memory';
export { pairsFromArticle } from './pairs';
export { similarity } from './similarity';
export { readTmx, type ReadTmxResult, type TmxProblem } from './tmx-read';
export type * from './types';
