import { expect, it } from 'vitest';
import { runChecks } from './run-checks';

it('finds nothing to check in an empty translation', () => {
  expect(runChecks('Hujan turun.', '  ', [['Jokowi']])).toEqual([]);
});

it('warns when the translation is the original unchanged', () => {
  const issues = runChecks('Harga naik lagi.', 'Harga naik lagi.', []);
  expect(issues.map(({ check, severity }) => [check, severity])).toEqual([['identical', 'warning']]);
});

it('reads Indonesian numbers as the CLI does: 74.000 is 74,000, and 75,000 is an error', () => {
  expect(runChecks('Ada 74.000 orang.', 'There were 74,000 people.', [])).toEqual([]);
  const wrong = runChecks('Ada 74.000 orang.', 'There were 75,000 people.', []);
  expect(wrong.filter((issue) => issue.severity === 'error').map((issue) => issue.check)).toEqual([
    'numbers',
    'numbers',
  ]);
});

it('reports an error when none of a mentioned name’s English forms appears', () => {
  const names = [['Joko Widodo', 'Jokowi'], ['Jakarta']];
  expect(runChecks('Jokowi di Jakarta', 'Jokowi in Jakarta', names)).toEqual([]);
  expect(runChecks('Jokowi di Jakarta', 'The president in Jakarta', names)).toEqual([
    { check: 'glossary', severity: 'error', message: 'Missing glossary name: Joko Widodo' },
  ]);
});
