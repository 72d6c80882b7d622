/**
 * The practitioner's workspace (issue 14): clients, their plans, the open plan, pick mode, all kept in the device
 * RecordStore. UI code imports from here.
 */
export * from './workspaceStore';
export * from './workspaceActions';
export * from './planActions';
export * from './addToPlan';
export { setDeviceRecordsOpener } from '../deviceRecords';
export { storageMessage } from '../storageMessage';
