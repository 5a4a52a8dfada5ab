import { CURRENT_SCHEMA_VERSION, type BoardProblem } from '@partnermap/shared/doc';
import { summariseProblems } from './problems.ts';

/**
 * Says, on the board, how many entries could not be read and were set aside (a faulty or newer
 * app wrote them), so that nobody takes the map for complete.
 */
export function ProblemsNotice({ problems, schemaVersion }: { problems: readonly BoardProblem[]; schemaVersion: number }) {
  const { headline, details } = summariseProblems(problems, { newer: schemaVersion > CURRENT_SCHEMA_VERSION });
  if (!headline) return null;
  return (
    <div className="problems-notice" role="status" data-testid="problems-notice">
      <span className="problems-notice__icon" aria-hidden>
        !
      </span>
      <div>
        <p>
          {headline} The rest of the board is shown as usual; what was set aside is not changed, shown or exported.
        </p>
        <details>
          <summary>Which, and why</summary>
          <ul>
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </div>
    </div>
  );
}
