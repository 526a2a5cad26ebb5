import type { Answers } from '../../src/rules/types.js';

export const chronicKnots: Answers;
export const stressedDeskWorker: Answers;
export const pokeyRadiatingKnot: Answers;
export const withFever: Answers;
