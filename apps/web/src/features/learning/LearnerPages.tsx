import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { downloadBlob } from '../../components/download';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { type Answered, type AttemptView, type FinishResult, learningApi } from './api';
import { PhishCard } from './PhishCard';
import { RichText } from './RichText';
import './learning.css';

const vnDate = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');

/** "My courses": what I have to learn, how far I am, and the certificates I earned. */
export function MyCoursesPage() {
  const t = useT();
  const { data, error, loading } = useApiData('my', (signal) => learningApi.my(signal));
  return (
    <>
      <PageHeader title={t('learning.my.title')} description={t('learning.my.description')} />
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && data.items.length === 0 && <Alert kind="info">{t('learning.my.empty')}</Alert>}
      {data && data.items.length > 0 && (
        <ul className="course-list">
          {data.items.map((c) => (
            <li key={c.id}>
              <Link to={`/learning/enrolments/${c.id}`} className="course-item">
                <p className="course-item__title">{c.title}</p>
                <progress
                  className="learning-progress"
                  max={Math.max(1, c.lessons)}
                  value={c.lessonsDone}
                  aria-label={t('learning.my.progress', { done: c.lessonsDone, total: c.lessons })}
                />
                <p className="course-item__meta">
                  {c.status === 'completed' ? (
                    <Badge tone="success">{t('learning.status.completed')}</Badge>
                  ) : (
                    <Badge tone="info">
                      {t('learning.my.progress', { done: c.lessonsDone, total: c.lessons })}
                    </Badge>
                  )}
                  {c.remedial && <Badge tone="warning">{t('learning.my.remedial')}</Badge>}
                  {c.dueOn && c.status !== 'completed' && (
                    <span>{t('learning.my.due', { date: vnDate(c.dueOn) })}</span>
                  )}
                  {c.bestScore !== null && <span>{t('learning.my.score', { score: c.bestScore })}</span>}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One of my courses: its lessons in order, the quiz once they are read, attempts and the certificate. */
export function CoursePage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useApiData(`enrolment:${id}`, (signal) =>
    learningApi.enrolment(id, signal),
  );
  const download = useAction(async () => {
    const file = await learningApi.certificate(id);
    downloadBlob(file.blob, file.filename ?? 'chung-nhan.pdf');
  });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} />;
  return (
    <>
      <PageHeader
        title={data.title}
        description={
          data.status === 'completed'
            ? t('learning.course.completedOn', { date: vnDate(data.completedAt), score: data.bestScore ?? 0 })
            : data.dueOn
              ? t('learning.my.due', { date: vnDate(data.dueOn) })
              : undefined
        }
      />
      <section className="panel">
        <RichText html={data.descriptionHtml} />
        <h2 className="panel__title">{t('learning.course.lessons')}</h2>
        <ol className="lesson-list">
          {data.lessons.map((l, i) => (
            <li key={l.id}>
              <Link to={`/learning/enrolments/${id}/lessons/${l.id}`}>
                <span
                  className={`lesson-list__mark${l.completed ? ' lesson-list__mark--done' : ''}`}
                  aria-hidden="true"
                >
                  {l.completed ? '✓' : i + 1}
                </span>
                <span>
                  <strong>{l.title}</strong>
                  <br />
                  <span className="muted">
                    {t('learning.course.minutes', { minutes: l.minutes })}
                    {l.completed ? ` · ${t('learning.course.lessonDone')}` : ''}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ol>
        <h2 className="panel__title">{t('learning.course.quiz')}</h2>
        <p>{t('learning.course.quizRules', { count: data.questionsPerQuiz, pass: data.passMarkPercent })}</p>
        {data.status === 'completed' ? (
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={download.pending}
              onClick={() => void download.run()}
            >
              {t('learning.course.certificate')}
            </button>
          </div>
        ) : data.quizOpen ? (
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => navigate(`/learning/enrolments/${id}/quiz`)}
            >
              {data.openAttemptId
                ? t('learning.course.resumeQuiz')
                : data.attempts.length > 0
                  ? t('learning.course.retakeQuiz')
                  : t('learning.course.startQuiz')}
            </button>
          </div>
        ) : (
          <Alert kind="info">{t('learning.course.readFirst')}</Alert>
        )}
        <ErrorAlert error={download.error} />
        {data.attempts.length > 0 && (
          <>
            <h3>{t('learning.course.attempts')}</h3>
            <ul className="plain-list">
              {data.attempts.map((a) => (
                <li key={a.id}>
                  {vnDate(a.finishedAt)} — {t('learning.my.score', { score: a.score })}{' '}
                  <Badge tone={a.passed ? 'success' : 'danger'}>
                    {a.passed ? t('learning.quiz.passed') : t('learning.quiz.failed')}
                  </Badge>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="muted">{t('learning.course.timeSpent', { minutes: data.minutes })}</p>
      </section>
    </>
  );
}

/** A lesson: my version of the text, "spot the phish" cards, time counted while the page is visible. */
export function LessonPage() {
  const t = useT();
  const { id = '', lessonId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useApiData(`lesson:${id}:${lessonId}`, (signal) =>
    learningApi.lesson(id, lessonId, signal),
  );
  const since = useRef(Date.now());
  // Heartbeats every minute while visible; the server caps each at the time that really passed.
  useEffect(() => {
    since.current = Date.now();
    const beat = () => {
      if (document.visibilityState !== 'visible') {
        since.current = Date.now();
        return;
      }
      const seconds = Math.min(3600, Math.round((Date.now() - since.current) / 1000));
      since.current = Date.now();
      if (seconds > 0) void learningApi.progress(id, lessonId, { seconds }).catch(() => undefined);
    };
    const timer = window.setInterval(beat, 60_000);
    return () => {
      window.clearInterval(timer);
      beat();
    };
  }, [id, lessonId]);
  const finish = useAction(async () => {
    const seconds = Math.min(3600, Math.round((Date.now() - since.current) / 1000));
    since.current = Date.now();
    await learningApi.progress(id, lessonId, { seconds, completed: true });
    navigate(
      data?.nextLessonId
        ? `/learning/enrolments/${id}/lessons/${data.nextLessonId}`
        : `/learning/enrolments/${id}`,
    );
  });
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} />;
  return (
    <>
      <PageHeader title={data.title} description={data.summary} />
      <article className="panel">
        <RichText html={data.bodyHtml} />
        {data.exercises.length > 0 && (
          <section aria-labelledby="phish-heading">
            <h2 id="phish-heading">{t('learning.phish.title')}</h2>
            <p className="muted">{t('learning.phish.intro')}</p>
            {data.exercises.map((x) => (
              <PhishCard key={`${lessonId}-${x.index}`} enrolmentId={id} lessonId={lessonId} exercise={x} />
            ))}
          </section>
        )}
        <ErrorAlert error={finish.error} />
        <div className="button-row">
          <Link to={`/learning/enrolments/${id}`} className="button button--secondary">
            {t('learning.lesson.back')}
          </Link>
          <button
            type="button"
            className="button button--primary"
            disabled={finish.pending}
            onClick={() => void finish.run()}
          >
            {data.nextLessonId ? t('learning.lesson.doneNext') : t('learning.lesson.done')}
          </button>
        </div>
      </article>
    </>
  );
}

/** The quiz: one question at a time is fine on a phone; each answer is checked by the server, then explained. */
export function QuizPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [attempt, setAttempt] = useState<AttemptView | null>(null);
  const [result, setResult] = useState<FinishResult | null>(null);
  const start = useAction(async () => {
    setResult(null);
    setAttempt(await learningApi.startAttempt(id));
  });
  const answer = useAction(async (questionId: string, choice: number) => {
    if (!attempt) return;
    const answered: Answered = await learningApi.answer(id, attempt.id, questionId, choice);
    setAttempt({
      ...attempt,
      questions: attempt.questions.map((q) => (q.id === questionId ? { ...q, answered } : q)),
    });
  });
  const finish = useAction(async () => {
    if (!attempt) return;
    setResult(await learningApi.finish(id, attempt.id));
  });
  const download = useAction(async () => {
    const file = await learningApi.certificate(id);
    downloadBlob(file.blob, file.filename ?? 'chung-nhan.pdf');
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: start once per enrolment
  useEffect(() => {
    void start.run();
  }, [id]);

  if (!attempt) return start.error ? <ErrorAlert error={start.error} /> : <Loading />;
  const answeredCount = attempt.questions.filter((q) => q.answered).length;
  const total = attempt.questions.length;

  if (result) {
    return (
      <>
        <PageHeader title={t('learning.quiz.resultTitle')} />
        <section className="panel" aria-live="polite">
          <p className="quiz-result">
            {t('learning.quiz.result', { correct: result.correct, total: result.total, score: result.score })}
          </p>
          {result.passed ? (
            <Alert kind="success" title={t('learning.quiz.passed')}>
              {result.completed ? t('learning.quiz.completedCourse') : t('learning.quiz.passedNotComplete')}
            </Alert>
          ) : (
            <Alert kind="warning" title={t('learning.quiz.failed')}>
              {t('learning.quiz.retakeHint')}
            </Alert>
          )}
          <ErrorAlert error={start.error ?? download.error} />
          <div className="button-row">
            {result.completed && (
              <button
                type="button"
                className="button button--primary"
                disabled={download.pending}
                onClick={() => void download.run()}
              >
                {t('learning.course.certificate')}
              </button>
            )}
            {!result.passed && (
              <button
                type="button"
                className="button button--primary"
                disabled={start.pending}
                onClick={() => void start.run()}
              >
                {t('learning.course.retakeQuiz')}
              </button>
            )}
            <Link to={`/learning/enrolments/${id}`} className="button button--secondary">
              {t('learning.lesson.back')}
            </Link>
          </div>
        </section>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('learning.quiz.title')}
        description={t('learning.quiz.progress', { done: answeredCount, total })}
      />
      {attempt.questions.map((q, i) => (
        <section key={q.id} className="quiz-question" aria-labelledby={`q-${q.id}`}>
          <p className="quiz-question__number">{t('learning.quiz.number', { n: i + 1, total })}</p>
          <div id={`q-${q.id}`}>
            <RichText html={q.promptHtml} />
          </div>
          <ul className="quiz-choices">
            {q.choices.map((choice, c) => {
              const a = q.answered;
              const tone = a
                ? c === a.correctIndex
                  ? ' quiz-choice--right'
                  : c === a.choice
                    ? ' quiz-choice--wrong'
                    : ''
                : '';
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: choices are fixed for an attempt; the index is the answer
                <li key={`${q.id}-${c}`}>
                  <button
                    type="button"
                    className={`quiz-choice${tone}`}
                    disabled={Boolean(a) || answer.pending}
                    aria-pressed={a ? a.choice === c : undefined}
                    onClick={() => void answer.run(q.id, c)}
                  >
                    {choice}
                  </button>
                </li>
              );
            })}
          </ul>
          {q.answered && (
            <div className="quiz-feedback" role="status">
              <p>
                <strong>{q.answered.correct ? t('learning.quiz.right') : t('learning.quiz.wrong')}</strong>
              </p>
              <RichText html={q.answered.explanationHtml} />
            </div>
          )}
        </section>
      ))}
      <ErrorAlert error={answer.error ?? finish.error} />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={finish.pending || answeredCount < total}
          onClick={() => void finish.run()}
        >
          {t('learning.quiz.submit')}
        </button>
        {answeredCount < total && <span className="muted">{t('learning.quiz.answerAll')}</span>}
      </div>
    </>
  );
}
