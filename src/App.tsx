import { useUrlSync } from './ui/useUrlSync';
import { AboutDialog } from './ui/AboutDialog';
import { LayerPanel } from './ui/LayerPanel';
import { NerveSitePanel } from './ui/NerveSitePanel';
import { NptConditionsPanel } from './ui/NptConditionsPanel';
import { NptTechniquePanel } from './ui/NptTechniquePanel';
import { Notices } from './ui/Notices';
import { PanelBoundary } from './ui/PanelBoundary';
import { DermatomeLegend } from './ui/DermatomeLegend';
import { NeuroPanel } from './ui/NeuroPanel';
import { PointPanel } from './ui/PointPanel';
import { SourceDialog } from './ui/SourceDialog';
import { Toolbar } from './ui/Toolbar';
import { UpdateBanner } from './ui/UpdateBanner';
import { PresenterOverlay } from './ui/tours/PresenterOverlay';
import { ToursPanelSlot } from './ui/tours/ToursPanelSlot';
import { StudyPanelSlot } from './ui/study/StudyPanelSlot';
import { Viewer } from './ui/Viewer';
import { ZoneHoverLabel } from './ui/ZoneHoverLabel';
import { PrintViewSlot } from './ui/workspace/PrintViewSlot';
import { WorkspacePanelSlot } from './ui/workspace/WorkspacePanelSlot';

/** Composition only: the toolbar, the 3D view, the workspace, the layer and point panels, notices and dialogs. */
export function App() {
  useUrlSync();
  return (
    <div className="app">
      <Toolbar />
      <main className="stage">
        <Viewer />
        <aside className="side side--left">
          <PanelBoundary name="workspace">
            <WorkspacePanelSlot />
          </PanelBoundary>
          <PanelBoundary name="layer panel">
            <LayerPanel />
          </PanelBoundary>
        </aside>
        <aside className="side side--right" aria-live="polite">
          <PanelBoundary name="tours">
            <ToursPanelSlot />
          </PanelBoundary>
          <PanelBoundary name="study">
            <StudyPanelSlot />
          </PanelBoundary>
          <PanelBoundary name="point panel">
            <PointPanel />
            <NeuroPanel />
          </PanelBoundary>
          <PanelBoundary name="nerve site panel">
            <NerveSitePanel />
            <NptConditionsPanel />
            <NptTechniquePanel />
          </PanelBoundary>
        </aside>
        <Notices />
        <UpdateBanner />
        <PresenterOverlay />
        <ZoneHoverLabel />
        <DermatomeLegend />
      </main>
      <PanelBoundary name="source record">
        <SourceDialog />
      </PanelBoundary>
      <PanelBoundary name="about page">
        <AboutDialog />
      </PanelBoundary>
      <PanelBoundary name="print view">
        <PrintViewSlot />
      </PanelBoundary>
    </div>
  );
}
