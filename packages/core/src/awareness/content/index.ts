/**
 * EduShield's seed content for the security-awareness programme, written in
 * Vietnamese: eight lessons (with audience versions, "spot the phish"
 * exercises and question banks) and four courses built from them.
 */
import type { SeedCourse, SeedLesson } from '../content';
import { SEED_COURSES as COURSES } from './courses';
import { deepfakeLesson } from './deepfake';
import { devicesWifiLesson } from './devices-wifi';
import { passwordsMfaLesson } from './passwords-mfa';
import { personalDataLesson } from './personal-data';
import { phishingEmailLesson } from './phishing-email';
import { phoneZaloScamsLesson } from './phone-zalo-scams';
import { reportingLesson } from './reporting';
import { socialNetworkLesson } from './social-network';

export const SEED_LESSONS: SeedLesson[] = [
  phishingEmailLesson,
  phoneZaloScamsLesson,
  deepfakeLesson,
  passwordsMfaLesson,
  personalDataLesson,
  devicesWifiLesson,
  socialNetworkLesson,
  reportingLesson,
];

export const SEED_COURSES: SeedCourse[] = COURSES;

/** The lesson a drill click enrols people in (see docs/features/drills.md). */
export const REMEDIAL_PHISHING_LESSON_SLUG = 'phishing-email-fake-websites';
