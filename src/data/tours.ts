import file from '../../data/tours.json';
import { BuiltInToursFileSchema } from '../schema/records/tour';

/** The built-in tours of data/tours.json, validated at load (a data error fails loudly). */
export const builtInTours = BuiltInToursFileSchema.parse(file).tours;
