import type { Evidence } from '../schema/common';
import type { NptStatus } from '../schema/nptStatus';
import { NPT_STATUS_STYLE } from '../state/nptLayer';
import { NPT_STATUS_MEANING, nptEvidenceWords, nptStatusWords } from './nptWords';

/**
 * The evidence of an NPT item in words: the evidence value as a coloured label (a clinic's claim looks like one) and,
 * for a site, its status with the marker's shape and colour, so the label matches the marker on the body.
 */
export function NptEvidenceLabel({ evidence, status }: { evidence: Evidence; status?: NptStatus }) {
  return (
    <span className="npt-evidence">
      {status && (
        <span
          className={`npt-status npt-status--${status}`}
          title={NPT_STATUS_MEANING[status]}
          data-testid="npt-status"
        >
          <span aria-hidden="true" style={{ color: NPT_STATUS_STYLE[status].colour }}>
            {NPT_STATUS_STYLE[status].glyph}{' '}
          </span>
          {nptStatusWords(status)}
        </span>
      )}
      <span className={`evidence evidence--${evidence}`} data-testid="npt-evidence">
        {nptEvidenceWords(evidence)}
      </span>
    </span>
  );
}
