import { ATTR, attributeOf, childrenOf, textOf } from './xml';

/**
 * Where an export records the state each unit was made from (its `segmentHash`), so a merge can
 * tell a translator's change from newer work on disk. It lives in the XLIFF 2.0 Metadata module
 * (`<mda:metadata>`, spec §5.8), the standard's place for tool data: it is valid XLIFF 2.0,
 * CAT tools keep module elements they do not support, and translators do not see it as a note
 * they might edit or delete. If a tool drops it anyway, merge treats the unit as an old export.
 */
export const METADATA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';
const CATEGORY = 'sejajar';
const TYPE = 'base';

/** The `<mda:metadata>` element of a unit exported from a segment of hash `base`. */
export function baseMetadata(base: string): Record<string, unknown> {
  return {
    'mda:metadata': {
      'mda:metaGroup': {
        [`${ATTR}category`]: CATEGORY,
        'mda:meta': { [`${ATTR}type`]: TYPE, '#text': base },
      },
    },
  };
}

/** A unit's recorded base, under whatever prefix the file binds to the Metadata namespace. */
export function readBase(root: unknown, unit: unknown): { base?: string } {
  const prefix = Object.keys(root ?? {})
    .find(
      (key) =>
        key.startsWith(`${ATTR}xmlns:`) && attributeOf(root, key.slice(ATTR.length)) === METADATA_NAMESPACE,
    )
    ?.slice(`${ATTR}xmlns:`.length);
  if (!prefix) return {};
  const groups = childrenOf(unit, `${prefix}:metadata`).flatMap((m) => childrenOf(m, `${prefix}:metaGroup`));
  for (const group of groups) {
    if (attributeOf(group, 'category') !== CATEGORY) continue;
    const meta = childrenOf(group, `${prefix}:meta`).find((m) => attributeOf(m, 'type') === TYPE);
    const base = textOf(meta)?.trim();
    if (base) return { base };
  }
  return {};
}
