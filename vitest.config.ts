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
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: TCG guests are CPU-bound, so integration files run one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
