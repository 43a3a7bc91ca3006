import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Property tests run hundreds of simulations; on a busy 2-core CI machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
