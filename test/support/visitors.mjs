// Named visitors for the default rules: the answers a person would give, shared by the browser and Node tests.
// Choice answers are option ids (a list for multiple choice), a scale's a number.

/** Chronic knots in the legs (for years, nothing new this week), who trains and likes firm pressure: Deep Tissue. */
export const chronicKnots = {
  safety: ['none'],
  area: ['legs'],
  duration: 'years',
  onset: 'no',
  feel: ['knot', 'ache'],
  lifestyle: ['training'],
  first: 'no',
  pressure: 'firm',
};

/** A stressed desk worker with a sore neck, on a first massage: Swedish. */
export const stressedDeskWorker = {
  safety: ['none'],
  area: ['neck'],
  duration: 'weeks',
  feel: ['stress'],
  lifestyle: ['desk'],
  pressure: 'medium',
  first: 'yes',
};

/** A knot whose pain spreads, at a desk, who found deep tissue too pokey: no pointed deep work. */
export const pokeyRadiatingKnot = {
  safety: ['none'],
  area: ['neck'],
  duration: 'weeks',
  feel: ['knot', 'radiating'],
  lifestyle: ['desk'],
  pressure: 'pokey',
  first: 'no',
};

/** A visitor with a fever: a referral, whatever else. */
export const withFever = { safety: ['fever'] };
