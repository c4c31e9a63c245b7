import { api, apiBlob } from '../../api/client';

/** Typed calls to /api/learning (the server sanitises every rich-text field; we render only that). */

export interface MyCourse {
  id: string;
  courseId: string;
  title: string;
  audience: string;
  dueOn: string | null;
  status: 'active' | 'completed';
  bestScore: number | null;
  minutes: number;
  hasCertificate: boolean;
  lessons: number;
  lessonsDone: number;
  remedial: boolean;
}

export interface EnrolmentView {
  id: string;
  courseId: string;
  title: string;
  descriptionHtml: string;
  audience: string;
  passMarkPercent: number;
  questionsPerQuiz: number;
  dueOn: string | null;
  status: 'active' | 'completed';
  bestScore: number | null;
  minutes: number;
  completedAt: string | null;
  hasCertificate: boolean;
  lessons: { id: string; title: string; summary: string; minutes: number; completed: boolean }[];
  quizOpen: boolean;
  openAttemptId: string | null;
  attempts: { id: string; finishedAt: string; score: number; passed: boolean; minutes: number }[];
}

export interface Exercise {
  index: number;
  channel: 'email' | 'sms' | 'zalo' | 'web' | 'facebook';
  from: string;
  subject: string | null;
  body: string;
  answer: boolean | null;
  isPhish?: boolean;
  signs?: string[];
}

export interface LessonView {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  bodyHtml: string;
  completed: boolean;
  previousLessonId: string | null;
  nextLessonId: string | null;
  exercises: Exercise[];
}

export interface Answered {
  choice: number;
  correct: boolean;
  correctIndex: number;
  explanationHtml: string;
}

export interface AttemptView {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
  passed: boolean | null;
  questions: { id: string; promptHtml: string; choices: string[]; answered: Answered | null }[];
}

export interface FinishResult {
  correct: number;
  total: number;
  score: number;
  passed: boolean;
  completed: boolean;
}

export interface CourseSummary {
  id: string;
  slug: string;
  title: string;
  status: 'draft' | 'published' | 'archived';
  audiences: string[];
  lessons: number;
  questions: number;
  enrolled: number;
  completed: number;
}

export interface QuestionEdit {
  id: string;
  promptHtml: string;
  choices: string[];
  correctIndex: number;
  explanationHtml: string;
  audiences: string[] | null;
  active: boolean;
}

export interface LessonEdit {
  id: string;
  slug: string;
  position: number;
  title: string;
  summary: string;
  minutes: number;
  bodyHtml: string;
  bodyByAudience: Record<string, string>;
  questions: QuestionEdit[];
}

export interface CourseEdit {
  id: string;
  slug: string;
  title: string;
  descriptionHtml: string;
  audiences: string[];
  passMarkPercent: number;
  questionsPerQuiz: number;
  status: 'draft' | 'published' | 'archived';
  edited: boolean;
  seeded: boolean;
  lessons: LessonEdit[];
}

export interface AssignmentView {
  id: string;
  courseId: string;
  courseTitle: string;
  roleCodes: string[];
  targetNames: string[];
  gradeBands: string[];
  dueOn: string;
  status: 'active' | 'cancelled';
  enrolled: number;
  completed: number;
}

export interface UnitOption {
  id: string;
  code: string;
  name: string;
  typeCode: string;
  depth: number;
}

export interface RollupRow {
  unitId: string;
  parentId: string | null;
  code: string;
  name: string;
  assigned: number;
  completed: number;
  avgScore: number | null;
  minutes: number;
}

export interface ReportView {
  units: RollupRow[];
  courses: {
    courseId: string;
    title: string;
    assigned: number;
    completed: number;
    overdue: number;
    avgScore: number | null;
    minutes: number;
  }[];
}

export interface LearnerRow {
  id: string;
  fullName: string;
  username: string;
  unitName: string;
  course: string;
  status: 'active' | 'completed';
  bestScore: number | null;
  minutes: number;
  dueOn: string | null;
}

export interface CertificateCheck {
  valid: boolean;
  name: string | null;
  course: string | null;
  issuedOn: string | null;
}

const base = '/api/learning';
const e = (id: string) => `${base}/enrolments/${id}`;

export const learningApi = {
  my: (signal?: AbortSignal) => api<{ items: MyCourse[] }>(`${base}/my`, { signal }),
  enrolment: (id: string, signal?: AbortSignal) => api<EnrolmentView>(e(id), { signal }),
  lesson: (id: string, lessonId: string, signal?: AbortSignal) =>
    api<LessonView>(`${e(id)}/lessons/${lessonId}`, { signal }),
  progress: (id: string, lessonId: string, body: { seconds: number; completed?: boolean }) =>
    api<{ added: number; completed: boolean }>(`${e(id)}/lessons/${lessonId}/progress`, {
      method: 'POST',
      body,
    }),
  exercise: (id: string, lessonId: string, index: number, isPhish: boolean) =>
    api<{ correct: boolean; isPhish: boolean; signs: string[] }>(
      `${e(id)}/lessons/${lessonId}/exercises/${index}`,
      {
        method: 'POST',
        body: { isPhish },
      },
    ),
  startAttempt: (id: string) => api<AttemptView>(`${e(id)}/attempts`, { method: 'POST' }),
  answer: (id: string, attemptId: string, questionId: string, choice: number) =>
    api<Answered & { questionId: string }>(`${e(id)}/attempts/${attemptId}/answers`, {
      method: 'POST',
      body: { questionId, choice },
    }),
  finish: (id: string, attemptId: string) =>
    api<FinishResult>(`${e(id)}/attempts/${attemptId}/finish`, { method: 'POST' }),
  certificate: (id: string) => apiBlob(`${e(id)}/certificate.pdf`),

  courses: (signal?: AbortSignal) => api<{ items: CourseSummary[] }>(`${base}/courses`, { signal }),
  course: (id: string, signal?: AbortSignal) => api<CourseEdit>(`${base}/courses/${id}`, { signal }),
  createCourse: (body: Record<string, unknown>) =>
    api<CourseEdit>(`${base}/courses`, { method: 'POST', body }),
  updateCourse: (id: string, body: Record<string, unknown>) =>
    api<CourseEdit>(`${base}/courses/${id}`, { method: 'PATCH', body }),
  createLesson: (id: string, body: Record<string, unknown>) =>
    api<CourseEdit>(`${base}/courses/${id}/lessons`, { method: 'POST', body }),
  updateLesson: (id: string, lessonId: string, body: Record<string, unknown>) =>
    api<CourseEdit>(`${base}/courses/${id}/lessons/${lessonId}`, { method: 'PATCH', body }),
  createQuestion: (id: string, lessonId: string, body: Record<string, unknown>) =>
    api<CourseEdit>(`${base}/courses/${id}/lessons/${lessonId}/questions`, { method: 'POST', body }),
  updateQuestion: (id: string, lessonId: string, questionId: string, body: Record<string, unknown>) =>
    api<CourseEdit>(`${base}/courses/${id}/lessons/${lessonId}/questions/${questionId}`, {
      method: 'PATCH',
      body,
    }),

  assignableUnits: (signal?: AbortSignal) =>
    api<{ items: UnitOption[] }>(`${base}/assignable-units`, { signal }),
  assignments: (signal?: AbortSignal) => api<{ items: AssignmentView[] }>(`${base}/assignments`, { signal }),
  createAssignment: (body: Record<string, unknown>) =>
    api<AssignmentView & { enrolledNow: number }>(`${base}/assignments`, { method: 'POST', body }),
  cancelAssignment: (id: string) =>
    api<AssignmentView>(`${base}/assignments/${id}/cancel`, { method: 'POST' }),

  report: (unitId: string, signal?: AbortSignal) =>
    api<ReportView>(`${base}/report`, { query: { unitId }, signal }),
  learners: (unitId: string, page: number, signal?: AbortSignal) =>
    api<{ items: LearnerRow[]; total: number }>(`${base}/report/learners`, {
      query: { unitId, page, pageSize: 50 },
      signal,
    }),

  verify: (code: string, signal?: AbortSignal) =>
    api<CertificateCheck>(`/api/public/certificates/${encodeURIComponent(code)}`, { signal }),
};
