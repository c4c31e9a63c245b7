import type { Audience, SeedQuestion } from '../content';

/**
 * A four-choice question with exactly one correct answer. The position of the
 * correct choice is written out per question (and varies), so the bank still
 * reads naturally even if a quiz does not shuffle choices.
 */
export function question(
  prompt: string,
  choices: readonly [string, string, string, string],
  correctIndex: 0 | 1 | 2 | 3,
  explanation: string,
  audiences?: Audience[],
): SeedQuestion {
  return {
    prompt,
    choices: choices.map((text, index) => ({ text, correct: index === correctIndex })),
    explanation,
    ...(audiences ? { audiences } : {}),
  };
}

/** The three pupil bands, for questions meant for pupils only. */
export const STUDENTS: Audience[] = ['students_th', 'students_thcs', 'students_thpt'];
/** Adults: leaders, teachers and staff. */
export const ADULTS: Audience[] = ['leaders', 'staff'];
