import * as v from 'valibot';

/** An integer in [min, max], with messages that say which bound it broke. */
export const wholeNumber = (min: number, max: number, unit = '') =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}${unit}`),
    v.maxValue(max, `must be at most ${max}${unit}`),
  );
