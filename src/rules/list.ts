/** An answer or a condition's value as a list: a list as it is, nothing as `[]`, one value as `[value]`. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Whether a value is a point of a 0–10 scale: a whole number from 0 to 10. */
export const isScalePoint = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;

/** A 0–10 scale's points, 0 to 10 (shared: never changed). */
export const scalePoints = [...Array(11).keys()];
