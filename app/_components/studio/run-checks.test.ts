import { expect, it } from 'vitest';
import { runChecks } from './run-checks';

it('finds nothing to check in an empty translation', () => {
  expect(runChecks('Hujan turun.', '  ', [['Jokowi']])).toEqual([]);
});

it('warns when the translation is the original unchanged', () => {
  expect(runChecks('Jakarta', 'Jakarta', [])).toMatchInlineSnapshot(`
    [
      {
        "check": "untranslated",
        "message": "The translation is the same as the original.",
        "severity": "warning",
      },
    ]
  `);
});

it('reports an error when none of a mentioned name’s English forms appears', () => {
  const names = [['Joko Widodo', 'Jokowi'], ['Jakarta']];
  expect(runChecks('Jokowi di Jakarta', 'Jokowi in Jakarta', names)).toEqual([]);
  expect(runChecks('Jokowi di Jakarta', 'The president in Jakarta', names)).toEqual([
    { check: 'glossary', severity: 'error', message: 'Missing glossary name: Joko Widodo' },
  ]);
});
