/** Jest runs in ESM mode: @actions/core 3 and friends ship only an `import` export. */
export default {
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/packages/*/src/**/*.test.ts', '<rootDir>/actions/*/src/**/*.test.ts', '<rootDir>/__tests__/**/*.test.ts', '<rootDir>/scripts/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000,
  // Real servers shared by the whole run (MLflow), started once; see __tests__/global-setup.js.
  globalSetup: '<rootDir>/__tests__/global-setup.js',
  globalTeardown: '<rootDir>/__tests__/global-teardown.js',
};
