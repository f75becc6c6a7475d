/** `npm run test:unit`: the unit tests beside the code, without the end-to-end tests in __tests__/. */
import base from './jest.config.js';

export default { ...base, testMatch: base.testMatch.filter((pattern) => !pattern.includes('/__tests__/')) };
