import type { ContentProblem } from '@/lib/content/problems';

/** Validation problems as content check words them: the file, the segment where known, the reason. */
export function ContentProblems({ problems }: { problems: readonly ContentProblem[] }) {
  return (
    <ul className="mt-2 list-disc pl-6 text-sm" data-content-problems>
      {problems.map((problem, i) => (
        <li key={i}>
          <code>{problem.file}</code>
          {problem.segment ? ` (${problem.segment})` : ''}: {problem.message}
        </li>
      ))}
    </ul>
  );
}
