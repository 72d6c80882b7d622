import { openNptCondition, useNptStore } from '../state/nptStore';
import { NptEvidenceLabel } from './NptEvidenceLabel';

/** On a site's panel: the conditions the sources link to this site, each labelled with that link's evidence. */
export function NptSiteConditions({ code }: { code: string }) {
  const data = useNptStore((s) => s.data);
  if (!data) return null;
  // conditionsOfSite of src/data/npt, kept off that module so the data stays in its own chunk
  const links = data.conditions.flatMap((condition) =>
    condition.sites.filter((l) => l.site === code).map((link) => ({ condition, link })),
  );
  return (
    <section aria-label="Conditions" data-testid="npt-site-conditions">
      <h3>Conditions linked to this site</h3>
      {links.length === 0 && <p className="muted">No condition of the index names this site.</p>}
      <ul className="npt-links">
        {links.map(({ condition, link }) => (
          <li key={condition.id}>
            <button type="button" className="link" onClick={() => openNptCondition(condition.id)}>
              {condition.name}
            </button>{' '}
            <NptEvidenceLabel evidence={link.evidence} />
          </li>
        ))}
      </ul>
    </section>
  );
}
