import type { Experimental_DefaultFormStateBehavior } from '@rjsf/utils';

/**
 * Forms ask; they never answer for the person. @rjsf would otherwise take a `const` as a default
 * (the first choice of a oneOf, the yes/no an if/then tests), so a survey would record an answer
 * nobody chose and a required yes/no would never be missing. Our definition language has no
 * defaults of its own, so nothing is pre-filled.
 */
export const NO_DEFAULTS: Experimental_DefaultFormStateBehavior = {
  constAsDefaults: 'never',
  emptyObjectFields: 'skipDefaults',
  allOf: 'skipDefaults',
  arrayMinItems: { populate: 'never' },
};
