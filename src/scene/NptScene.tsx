import { NerveCourseLines } from './NerveCourseLines';
import { NerveSiteMarkers } from './NerveSiteMarkers';

/**
 * What the NPT layer adds to the scene besides its disc markers (drawn with every other points layer): the status
 * shape under each marker and each nerve's course line. Both draw nothing while the layer is off.
 */
export function NptScene() {
  return (
    <group name="layer-npt">
      <NerveSiteMarkers />
      <NerveCourseLines />
    </group>
  );
}
