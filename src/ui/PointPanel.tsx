import { siteIdOf } from '../state/atlasTypes';
import { channelRecord, pointRecord, selectedSite } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { CautionList } from './CautionList';
import { EvidenceBadge } from './EvidenceBadge';
import { HowToFind } from './HowToFind';
import { NerveSitesNearPoint } from './NerveSitesNearPoint';
import { PractitionerSpread } from './PractitionerSpread';
import { SideSwitch } from './SideSwitch';
import { SourceRefList } from './SourceRefList';
import { AddToPlanButton } from './workspace/AddToPlanButton';

const SIDE_TEXT = { L: "subject's left", R: "subject's right", M: 'midline' } as const;

/** The selected point: names, channel, region, side, location, categories, cautions, evidence, sources, derivation. */
export function PointPanel() {
  const selection = useAtlasStore((s) => s.selection);
  const data = useAtlasStore((s) => s.data);
  const site = useAtlasStore((s) => selectedSite(s.resolved, s.selection));
  const select = useAtlasStore((s) => s.select);
  if (!selection) return null;
  const record = pointRecord(data, selection.code);
  if (!record) return null;
  const channel = channelRecord(data, record.channel);
  return (
    <section className="panel point-panel" aria-labelledby="point-title" data-testid="point-panel">
      <header>
        <h2 id="point-title">
          <span className="code">{record.code}</span> <span lang="zh-Latn-pinyin">{record.pinyin}</span>{' '}
          <span lang="zh-Hant" className="hanzi">
            {record.hanzi}
          </span>
          {record.hanziSimplified && (
            <span lang="zh-Hans" className="hanzi muted">
              {' '}
              ({record.hanziSimplified})
            </span>
          )}
        </h2>
        <button
          type="button"
          className="close"
          aria-label="Close the point panel"
          onClick={() => select(null)}
        >
          ×
        </button>
      </header>
      <p className="english">{record.english}</p>
      <dl className="facts">
        <dt>Channel</dt>
        <dd>
          {channel
            ? `${channel.english} (${channel.code}, ${channel.pinyin} ${channel.hanzi})`
            : 'Extra point'}
        </dd>
        <dt>Region</dt>
        <dd>{record.region.replaceAll('-', ' ')}</dd>
        <dt>Side</dt>
        <dd>
          {SIDE_TEXT[selection.side]}
          {selection.key ? `, site ${selection.key}` : ''}
        </dd>
      </dl>
      <SideSwitch record={record} selection={selection} />
      <AddToPlanButton selection={selection} />
      <p>
        <EvidenceBadge evidence={record.evidence} />
      </p>
      {record.uncertainty && <p className="uncertainty">Sources disagree: {record.uncertainty}</p>}
      {record.categories.length > 0 && (
        <p className="categories">
          {record.categories.map((c, i) => (
            <span key={i} className="chip">
              {c.kind.replaceAll('-', ' ')}
              {c.phase ? ` (${c.phase})` : ''}
              {c.of ? ` of ${c.of}` : ''}
            </span>
          ))}
        </p>
      )}
      <CautionList cautions={record.cautions} />
      <HowToFind record={record} site={site} />
      <PractitionerSpread code={record.code} />
      <NerveSitesNearPoint pointId={siteIdOf(selection)} />
      <SourceRefList refs={record.sources} />
    </section>
  );
}
