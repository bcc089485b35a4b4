import { describe, expect, it } from 'vitest';
import type { VmState, VmSummary } from '../../shared/model/index.js';
import { testConfig } from '../test-support/vm-config.js';
import { balloonNowMiB, balloonTargetMiB } from './balloon.js';

const vm = (state: VmState, balloonMiB?: number, balloon = true, currentMemoryMiB: number | null = 1024): VmSummary => ({
  id: testConfig.id,
  name: 'web',
  config: { ...testConfig, balloon, currentMemoryMiB },
  status: { state, since: 0, ...(balloonMiB === undefined ? {} : { balloonMiB }) },
});

describe('balloon', () => {
  it('tells what the guest has while QEMU runs with a balloon', () => {
    expect(balloonNowMiB(vm('running', 1536))).toBe(1536);
    expect(balloonNowMiB(vm('paused', 1024))).toBe(1024);
  });

  it('says nothing when there is no running balloon to ask', () => {
    expect(balloonNowMiB(vm('stopped', 1536))).toBeNull();
    expect(balloonNowMiB(vm('saved', 1536))).toBeNull();
    expect(balloonNowMiB(vm('running', 1536, false))).toBeNull();
    expect(balloonNowMiB(vm('running'))).toBeNull();
  });

  it('targets Current memory, or all of it when that is empty', () => {
    expect(balloonTargetMiB(vm('running', 1536))).toBe(1024);
    expect(balloonTargetMiB(vm('running', 1536, true, null))).toBe(testConfig.memoryMiB);
  });
});
