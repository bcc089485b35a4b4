import { defineConfig } from 'vitest/config';

// Two projects: "unit" (pure functions, golden files; seconds) and "integration" (real qemu-img and
// qemu-system under TCG booting the test guest built by scripts/build-test-guest.sh).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared,electron,renderer}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['electron/**/*.int.test.ts'],
          environment: 'node',
          // Sized for two busy cores, where a 2.5 s boot can take 8 s and the UART does 150 KB/s: a test's
          // own waits (with messages that say what did not happen) should fire before this does.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Two cores: TCG guests are CPU-bound, so integration files run one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
