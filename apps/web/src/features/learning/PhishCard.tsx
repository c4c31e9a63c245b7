import { useState } from 'react';
import { useT } from '../../i18n';
import type { Exercise } from './api';
import { learningApi } from './api';
import './learning.css';

const CHANNEL_ICON: Record<Exercise['channel'], string> = {
  email: '✉',
  sms: '💬',
  zalo: 'Z',
  web: '🌐',
  facebook: 'f',
};

/**
 * A "spot the phish" exercise shown as the message would look on a phone
 * (plain text only); the learner decides, then sees the telltale signs.
 */
export function PhishCard({
  enrolmentId,
  lessonId,
  exercise,
}: {
  enrolmentId: string;
  lessonId: string;
  exercise: Exercise;
}) {
  const t = useT();
  const [state, setState] = useState(
    exercise.answer === null
      ? null
      : { answer: exercise.answer, isPhish: exercise.isPhish ?? false, signs: exercise.signs ?? [] },
  );
  const [busy, setBusy] = useState(false);
  const decide = async (isPhish: boolean) => {
    setBusy(true);
    try {
      const result = await learningApi.exercise(enrolmentId, lessonId, exercise.index, isPhish);
      setState({ answer: isPhish, isPhish: result.isPhish, signs: result.signs });
    } finally {
      setBusy(false);
    }
  };
  const right = state ? state.answer === state.isPhish : null;
  return (
    <article className={`phish-card phish-card--${exercise.channel}`} aria-label={t('learning.phish.card')}>
      <header className="phish-card__header">
        <span className="phish-card__icon" aria-hidden="true">
          {CHANNEL_ICON[exercise.channel]}
        </span>
        <div>
          <p className="phish-card__channel">{t(`learning.channel.${exercise.channel}`)}</p>
          <p className="phish-card__from">{exercise.from}</p>
        </div>
      </header>
      {exercise.subject && <p className="phish-card__subject">{exercise.subject}</p>}
      <p className="phish-card__body">{exercise.body}</p>
      {state === null ? (
        <div className="button-row">
          <p className="phish-card__question">{t('learning.phish.question')}</p>
          <button
            type="button"
            className="button button--danger-outline"
            disabled={busy}
            onClick={() => void decide(true)}
          >
            {t('learning.phish.isPhish')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void decide(false)}
          >
            {t('learning.phish.isSafe')}
          </button>
        </div>
      ) : (
        <div
          className={`phish-card__verdict ${right ? 'phish-card__verdict--right' : 'phish-card__verdict--wrong'}`}
          role="status"
        >
          <p className="strong">
            {right ? t('learning.phish.right') : t('learning.phish.wrong')}{' '}
            {state.isPhish ? t('learning.phish.wasPhish') : t('learning.phish.wasSafe')}
          </p>
          {state.signs.length > 0 && (
            <ul>
              {state.signs.map((sign) => (
                <li key={sign}>{sign}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </article>
  );
}
