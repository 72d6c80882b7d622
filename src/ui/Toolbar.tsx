import { useAtlasStore } from '../state/store';
import { BodySwitch } from './BodySwitch';
import { SearchBox } from './SearchBox';
import { ViewPresets } from './ViewPresets';
import { WorkspaceButton } from './workspace/WorkspaceButton';
import { ToursButton } from './tours/ToursButton';
import { StudyButton } from './study/StudyButton';

/** The top bar: name, search, body switch, preset views, and the way to "About the data". */
export function Toolbar() {
  const setAbout = useAtlasStore((s) => s.setAboutOpen);
  return (
    <header className="toolbar">
      <h1>PointAtlas</h1>
      <SearchBox />
      <BodySwitch />
      <ViewPresets />
      <WorkspaceButton />
      <ToursButton />
      <StudyButton />
      <button type="button" className="about" onClick={() => setAbout(true)}>
        About the data
      </button>
    </header>
  );
}
