import { afterEach, describe, expect, it } from 'vitest';
import { deviceRecords, setDeviceRecordsOpener } from '../../src/state/deviceRecords';
import { StorageError } from '../../src/storage/types';
import { connect, disconnect, useWorkspace } from '../../src/state/workspace';
import { memoryRecordStore } from '../fixtures/memoryRecordStore';

afterEach(() => disconnect());

describe('the device RecordStore', () => {
  it('is opened once and shared: the workspace holds the store every other caller gets', async () => {
    let opened = 0;
    const mem = memoryRecordStore();
    setDeviceRecordsOpener(async () => {
      opened++;
      return mem;
    });
    await connect();
    expect(useWorkspace.getState().records).toBe(mem);
    expect(await deviceRecords()).toBe(mem);
    expect(opened).toBe(1);
  });

  it('does not keep a failed opening: the next call tries again and can succeed', async () => {
    const mem = memoryRecordStore();
    let fail = true;
    setDeviceRecordsOpener(async () => {
      if (fail) throw new StorageError('unavailable', 'no IndexedDB');
      return mem;
    });
    await expect(deviceRecords()).rejects.toThrow('no IndexedDB');
    fail = false;
    expect(await deviceRecords()).toBe(mem);
  });
});
