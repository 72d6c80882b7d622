import { selectedSite } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { CunRuler } from './CunRuler';
import { PointLabels } from './PointLabels';

/** What the selection adds to the scene: the cun ruler of the shown location, and the point labels. */
export function SelectionOverlay() {
  const site = useAtlasStore((s) => selectedSite(s.resolved, s.selection));
  const alt = useAtlasStore((s) => s.showAlternative);
  const location = alt && site?.alternative ? site.alternative : site;
  return (
    <>
      {location && <CunRuler derivation={location.derivation} normal={location.normal} />}
      <PointLabels />
    </>
  );
}
