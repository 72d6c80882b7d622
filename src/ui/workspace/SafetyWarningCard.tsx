import { useState } from 'react';
import type { SafetyWarning } from '../../core/safety';
import { EvidenceBadge } from '../EvidenceBadge';
import { SourceRefList } from '../SourceRefList';
import { AcknowledgeForm } from './AcknowledgeForm';

/** One safety warning: what and for which items, why, the items' own caution texts, evidence, sources, acknowledgement. */
export function SafetyWarningCard({ warning: w, codes }: { warning: SafetyWarning; codes: string[] }) {
  const [acknowledging, setAcknowledging] = useState(false);
  const ack = w.acknowledgement;
  return (
    <article
      className={`safety-warning safety-warning--${w.severity}${ack ? ' safety-warning--acknowledged' : ''}`}
      aria-label={`${w.severity === 'contraindication' ? 'Contraindication' : 'Caution'}: ${w.title} (${codes.join(', ')})`}
      data-testid="safety-warning"
      data-rule={w.ruleId}
    >
      <h4>
        <span aria-hidden="true">⚠ </span>
        {w.severity === 'contraindication' ? 'Contraindication' : 'Caution'}: {w.title}{' '}
        <span className="codes">{codes.join(', ')}</span>
      </h4>
      <p>{w.why}</p>
      {w.details.length > 0 && (
        <ul className="warning-details">
          {w.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <p>
        <EvidenceBadge evidence={w.evidence} />
      </p>
      <SourceRefList refs={w.sources} />
      {ack && (
        <p className="acknowledged" data-testid="acknowledgement">
          <strong>Acknowledged</strong> {new Date(ack.at).toLocaleDateString()}: {ack.reason}
        </p>
      )}
      {acknowledging ? (
        <AcknowledgeForm warning={w} onDone={() => setAcknowledging(false)} />
      ) : (
        <button type="button" onClick={() => setAcknowledging(true)}>
          {ack ? 'Change the reason…' : 'Acknowledge…'}
        </button>
      )}
    </article>
  );
}
