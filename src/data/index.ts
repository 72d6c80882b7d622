import channels from '../../data/channels.json';
import sources from '../../data/sources.json';
import BL from '../../data/points/BL.json';
import CV from '../../data/points/CV.json';
import EX from '../../data/points/EX.json';
import GB from '../../data/points/GB.json';
import GV from '../../data/points/GV.json';
import HT from '../../data/points/HT.json';
import KI from '../../data/points/KI.json';
import LI from '../../data/points/LI.json';
import LR from '../../data/points/LR.json';
import LU from '../../data/points/LU.json';
import PC from '../../data/points/PC.json';
import SI from '../../data/points/SI.json';
import SP from '../../data/points/SP.json';
import ST from '../../data/points/ST.json';
import TE from '../../data/points/TE.json';
import { parseAtlasData } from '../schema/atlasData';

/** The channel atlas, validated once at load: a data error fails loudly with every problem listed. */
export const atlasData = parseAtlasData({
  sources,
  channels,
  // channel order of the standard, then the extra points
  pointFiles: { LU, LI, ST, SP, HT, SI, BL, KI, PC, TE, GB, LR, GV, CV, EX },
});
