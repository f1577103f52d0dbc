import { z } from '../progress/zod';

/**
 * The learner's preferences the LMS keeps in the Agent Profile API (cmi5 §11), read once at launch
 * (launch/launcher.ts). The course speaks only English, so of the two it uses only the sound setting.
 */
export const LEARNER_PREFERENCES = 'cmi5LearnerPreferences';
const PreferencesSchema = z.looseObject({ audioPreference: z.enum(['on', 'off']).optional() });

/**
 * The sound setting (§11.2: the AU must turn its audio on or off at startup by it): 'on', 'off', or
 * undefined when the LMS keeps none or sent something else.
 */
export function soundPreference(document: unknown): 'on' | 'off' | undefined {
  const parsed = PreferencesSchema.safeParse(document);
  return parsed.success ? parsed.data.audioPreference : undefined;
}
