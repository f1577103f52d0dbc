// Unit and property tests: pure logic only, run in Node (no browser, no Astro build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Fixture builds run astro build: slower than unit tests.
    testTimeout: 120_000,
    environment: 'node',
  },
});
