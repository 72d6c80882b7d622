/** The device storage layer: the one way the app keeps and reads records (see docs/storage.md). */
export { openRecordStore, type OpenOptions } from './recordStore';
export { StorageError } from './types';
export type * from './types';
export { exportText, exportFileName } from '../core/records/exportFile';
export { describeRecord } from '../core/records/importPlan';
