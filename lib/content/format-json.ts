const PRINT_WIDTH = 110;

/**
 * JSON as the content files are written (Prettier's layout for JSON with 2-space indent):
 * objects always open, a short array of plain values on one line, a trailing newline.
 * Matching it byte for byte keeps a merge that changes nothing from touching git.
 */
export function formatContentJson(value: unknown): string {
  return `${format(value, '', '')}\n`;
}

function format(value: unknown, indent: string, linePrefix: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => item === null || typeof item !== 'object')) {
      const flat = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (indent.length + linePrefix.length + flat.length + 1 <= PRINT_WIDTH) return flat;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((item) => inner + format(item, inner, '')).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    const lines = entries.map(([key, item]) => {
      const prefix = `${JSON.stringify(key)}: `;
      return inner + prefix + format(item, inner, prefix);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
