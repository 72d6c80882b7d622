import { safetyRules } from '../../data/safety';
import { EvidenceBadge } from '../EvidenceBadge';
import { SourceRefList } from '../SourceRefList';

/** Contraindications no client flag records (seed 004), to ask about before each session. */
export function AskBeforeList() {
  if (safetyRules.askBefore.length === 0) return null;
  return (
    <details className="ask-before">
      <summary>Ask before each session ({safetyRules.askBefore.length})</summary>
      <ul>
        {safetyRules.askBefore.map((a) => (
          <li key={a.text}>
            {a.text} <EvidenceBadge evidence={a.evidence} />
            <SourceRefList refs={a.sources} />
          </li>
        ))}
      </ul>
    </details>
  );
}
