import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../components/Field';
import { useAction, useApiData } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { EmptyRow, TableWrap } from '../../components/Table';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { type CourseEdit, type LessonEdit, learningApi, type QuestionEdit } from './api';
import { AUDIENCE_KEYS, AUDIENCE_LIST, STATUS_KEYS } from './labels';
import { RichTextEditor } from './RichTextEditor';
import './learning.css';

/** Courses of the department: create a draft, open one to edit, publish. */
export function CoursesAdminPage() {
  const t = useT();
  const navigate = useNavigate();
  const { data, error, loading } = useApiData('courses', (signal) => learningApi.courses(signal));
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [audiences, setAudiences] = useState<string[]>(['staff']);
  const create = useAction(async () => {
    const course = await learningApi.createCourse({ title, slug, audiences });
    navigate(`/learning/manage/${course.id}`);
  });
  return (
    <>
      <PageHeader title={t('learning.manage.title')} description={t('learning.manage.description')} />
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && (
        <TableWrap label={t('learning.manage.title')}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('learning.field.title')}</th>
                <th>{t('learning.field.status')}</th>
                <th className="num">{t('learning.manage.lessons')}</th>
                <th className="num">{t('learning.manage.questions')}</th>
                <th className="num">{t('learning.manage.enrolled')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.length === 0 && <EmptyRow colSpan={5}>{t('learning.manage.empty')}</EmptyRow>}
              {data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/learning/manage/${c.id}`}>{c.title}</Link>
                  </td>
                  <td>
                    <Badge tone={c.status === 'published' ? 'success' : 'neutral'}>
                      {t(STATUS_KEYS[c.status]!)}
                    </Badge>
                  </td>
                  <td className="num">{c.lessons}</td>
                  <td className="num">{c.questions}</td>
                  <td className="num">
                    {c.completed}/{c.enrolled}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <section className="panel">
        <h2 className="panel__title">{t('learning.manage.new')}</h2>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void create.run();
          }}
        >
          <ErrorAlert error={create.error} />
          <TextField
            label={t('learning.field.title')}
            value={title}
            onChange={setTitle}
            required
            error={create.fieldErrors.title}
          />
          <TextField
            label={t('learning.field.slug')}
            hint={t('learning.field.slugHint')}
            value={slug}
            onChange={setSlug}
            required
            error={create.fieldErrors.slug}
          />
          <AudiencePicker value={audiences} onChange={setAudiences} />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={create.pending}>
              {t('learning.manage.create')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}

function AudiencePicker({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const t = useT();
  return (
    <fieldset className="fieldset-plain">
      <legend>{t('learning.field.audiences')}</legend>
      <div className="check-grid">
        {AUDIENCE_LIST.map((a) => (
          <Checkbox
            key={a}
            label={t(AUDIENCE_KEYS[a]!)}
            checked={value.includes(a)}
            onChange={(on) => onChange(on ? [...value, a] : value.filter((x) => x !== a))}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Edits one course: its settings, lessons (rich text) and each lesson's question bank. */
export function CourseEditorPage() {
  const t = useT();
  const toast = useToast();
  const { courseId = '' } = useParams();
  const { data, error, loading } = useApiData(`course:${courseId}`, (signal) =>
    learningApi.course(courseId, signal),
  );
  const [course, setCourse] = useState<CourseEdit | null>(null);
  useEffect(() => {
    if (data) setCourse(data);
  }, [data]);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [audiences, setAudiences] = useState<string[]>([]);
  const [passMark, setPassMark] = useState('80');
  const [perQuiz, setPerQuiz] = useState('10');
  useEffect(() => {
    if (!data) return;
    setTitle(data.title);
    setDescription(data.descriptionHtml);
    setAudiences(data.audiences);
    setPassMark(String(data.passMarkPercent));
    setPerQuiz(String(data.questionsPerQuiz));
  }, [data]);
  const save = useAction(async (status?: string) => {
    const saved = await learningApi.updateCourse(courseId, {
      title,
      descriptionHtml: description,
      audiences,
      passMarkPercent: Number(passMark),
      questionsPerQuiz: Number(perQuiz),
      ...(status ? { status } : {}),
    });
    setCourse(saved);
    setDescription(saved.descriptionHtml);
    toast.success(t('learning.manage.saved'));
  });
  const addLesson = useAction(async () => {
    const n = (course?.lessons.length ?? 0) + 1;
    setCourse(
      await learningApi.createLesson(courseId, {
        slug: `bai-${n}-${Date.now().toString(36)}`,
        title: t('learning.manage.newLessonTitle', { n }),
        bodyHtml: `<p>${t('learning.manage.newLessonBody')}</p>`,
      }),
    );
  });
  if (loading && !course) return <Loading />;
  if (!course) return <ErrorAlert error={error} />;
  return (
    <>
      <PageHeader
        title={course.title}
        description={
          <Badge tone={course.status === 'published' ? 'success' : 'neutral'}>
            {t(STATUS_KEYS[course.status]!)}
          </Badge>
        }
        actions={
          <Link to="/learning/manage" className="button button--secondary">
            {t('learning.manage.backToList')}
          </Link>
        }
      />
      {course.seeded && !course.edited && <Alert kind="info">{t('learning.manage.seededNote')}</Alert>}
      <section className="panel">
        <h2 className="panel__title">{t('learning.manage.settings')}</h2>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void save.run();
          }}
        >
          <ErrorAlert error={save.error} />
          <TextField label={t('learning.field.title')} value={title} onChange={setTitle} required />
          <RichTextEditor
            label={t('learning.field.description')}
            value={description}
            onChange={setDescription}
          />
          <AudiencePicker value={audiences} onChange={setAudiences} />
          <div className="form__grid">
            <TextField
              label={t('learning.field.passMark')}
              type="number"
              min={1}
              max={100}
              value={passMark}
              onChange={setPassMark}
            />
            <TextField
              label={t('learning.field.perQuiz')}
              type="number"
              min={1}
              max={50}
              value={perQuiz}
              onChange={setPerQuiz}
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={save.pending}>
              {t('learning.manage.save')}
            </button>
            {course.status !== 'published' ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={save.pending}
                onClick={() => void save.run('published')}
              >
                {t('learning.manage.publish')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                disabled={save.pending}
                onClick={() => void save.run('draft')}
              >
                {t('learning.manage.unpublish')}
              </button>
            )}
          </div>
        </form>
      </section>
      {course.lessons.map((lesson) => (
        <LessonEditor key={lesson.id} courseId={course.id} lesson={lesson} onSaved={setCourse} />
      ))}
      <ErrorAlert error={addLesson.error} />
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={addLesson.pending}
          onClick={() => void addLesson.run()}
        >
          {t('learning.manage.addLesson')}
        </button>
      </div>
    </>
  );
}

function LessonEditor({
  courseId,
  lesson,
  onSaved,
}: {
  courseId: string;
  lesson: LessonEdit;
  onSaved: (course: CourseEdit) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(lesson.title);
  const [summary, setSummary] = useState(lesson.summary);
  const [minutes, setMinutes] = useState(String(lesson.minutes));
  const [body, setBody] = useState(lesson.bodyHtml);
  const save = useAction(async () => {
    const course = await learningApi.updateLesson(courseId, lesson.id, {
      title,
      summary,
      minutes: Number(minutes),
      bodyHtml: body,
    });
    onSaved(course);
    setBody(course.lessons.find((l) => l.id === lesson.id)?.bodyHtml ?? body);
  });
  const addQuestion = useAction(async () =>
    onSaved(
      await learningApi.createQuestion(courseId, lesson.id, {
        promptHtml: `<p>${t('learning.manage.newQuestion')}</p>`,
        choices: [t('learning.manage.choiceRight'), t('learning.manage.choiceWrong')],
        correctIndex: 0,
        explanationHtml: '',
      }),
    ),
  );
  return (
    <section className="panel editor-lesson">
      <h2 className="panel__title">
        {lesson.position}. {lesson.title}
      </h2>
      <p className="muted">
        {t('learning.manage.questionCount', { n: lesson.questions.filter((q) => q.active).length })}
      </p>
      <button
        type="button"
        className="button button--ghost button--small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? t('learning.manage.collapse') : t('learning.manage.editLesson')}
      </button>
      {open && (
        <>
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              void save.run();
            }}
          >
            <ErrorAlert error={save.error} />
            <TextField label={t('learning.field.title')} value={title} onChange={setTitle} required />
            <TextField label={t('learning.field.summary')} value={summary} onChange={setSummary} />
            <TextField
              label={t('learning.field.minutes')}
              type="number"
              min={1}
              max={240}
              value={minutes}
              onChange={setMinutes}
            />
            <RichTextEditor
              label={t('learning.field.body')}
              hint={t('learning.field.bodyHint')}
              value={body}
              onChange={setBody}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={save.pending}>
                {t('learning.manage.saveLesson')}
              </button>
            </div>
          </form>
          <h3>{t('learning.manage.bank')}</h3>
          {lesson.questions.map((q, i) => (
            <QuestionEditor
              key={q.id}
              courseId={courseId}
              lessonId={lesson.id}
              question={q}
              n={i + 1}
              onSaved={onSaved}
            />
          ))}
          <ErrorAlert error={addQuestion.error} />
          <button
            type="button"
            className="button button--secondary"
            disabled={addQuestion.pending}
            onClick={() => void addQuestion.run()}
          >
            {t('learning.manage.addQuestion')}
          </button>
        </>
      )}
    </section>
  );
}

function QuestionEditor({
  courseId,
  lessonId,
  question,
  n,
  onSaved,
}: {
  courseId: string;
  lessonId: string;
  question: QuestionEdit;
  n: number;
  onSaved: (course: CourseEdit) => void;
}) {
  const t = useT();
  const [prompt, setPrompt] = useState(question.promptHtml);
  const [choices, setChoices] = useState(question.choices.join('\n'));
  const [correct, setCorrect] = useState(String(question.correctIndex));
  const [explanation, setExplanation] = useState(question.explanationHtml);
  const [active, setActive] = useState(question.active);
  const list = choices
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
  const save = useAction(async () =>
    onSaved(
      await learningApi.updateQuestion(courseId, lessonId, question.id, {
        promptHtml: prompt,
        choices: list,
        correctIndex: Number(correct),
        explanationHtml: explanation,
        active,
      }),
    ),
  );
  return (
    <form
      className="form question-edit"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run();
      }}
    >
      <p className="strong">{t('learning.manage.questionN', { n })}</p>
      <ErrorAlert error={save.error} />
      <RichTextEditor label={t('learning.field.prompt')} value={prompt} onChange={setPrompt} />
      <TextAreaField
        label={t('learning.field.choices')}
        hint={t('learning.field.choicesHint')}
        value={choices}
        onChange={setChoices}
        rows={4}
      />
      <SelectField
        label={t('learning.field.correct')}
        value={correct}
        onChange={setCorrect}
        options={list.map((c, i) => ({ value: String(i), label: `${i + 1}. ${c}` }))}
      />
      <RichTextEditor label={t('learning.field.explanation')} value={explanation} onChange={setExplanation} />
      <Checkbox label={t('learning.field.active')} checked={active} onChange={setActive} />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={save.pending}>
          {t('learning.manage.saveQuestion')}
        </button>
      </div>
    </form>
  );
}
