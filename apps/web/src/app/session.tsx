import type { Locale, Permission } from '@edushield/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { authApi } from '../api/auth';
import { type Session, SIGNED_OUT } from '../api/types';
import { useI18n } from '../i18n';

interface SessionValue {
  session: Session;
  /** True until the first GET /api/auth/session has answered. */
  loading: boolean;
  loadError: unknown;
  setSession: (session: Session) => void;
  /** Signs out on this device by the user's choice: the next sign-in starts afresh (no ?next=). */
  endSession: () => void;
  /** True after endSession until someone signs in again. */
  endedOnPurpose: boolean;
  refresh: () => Promise<void>;
  can: (permission: Permission) => boolean;
  /** Switches the language; remembered in the cookie and, when signed in, on the account. */
  changeLanguage: (locale: Locale) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale, setLocale } = useI18n();
  const [session, setSessionState] = useState<Session>(SIGNED_OUT);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [endedOnPurpose, setEndedOnPurpose] = useState(false);
  // A language picked on the sign-in page beats the one saved on the account.
  const chosenWhileSignedOut = useRef<Locale | null>(null);

  const setSession = useCallback(
    (next: Session) => {
      setSessionState(next);
      const user = next.user;
      if (!user) return;
      setEndedOnPurpose(false);
      const chosen = chosenWhileSignedOut.current;
      if (chosen && chosen !== user.locale) {
        chosenWhileSignedOut.current = null;
        authApi.setLocale(chosen).catch(() => undefined);
        setSessionState({ ...next, user: { ...user, locale: chosen } });
      } else {
        setLocale(user.locale);
      }
    },
    [setLocale],
  );

  const refresh = useCallback(async () => {
    try {
      setSession(await authApi.session());
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    } finally {
      setLoading(false);
    }
  }, [setSession]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const endSession = useCallback(() => {
    setEndedOnPurpose(true);
    setSessionState(SIGNED_OUT);
  }, []);

  const changeLanguage = useCallback(
    (next: Locale) => {
      if (next === locale) return;
      setLocale(next);
      if (session.user) {
        setSessionState({ ...session, user: { ...session.user, locale: next } });
        authApi.setLocale(next).catch(() => undefined);
      } else {
        chosenWhileSignedOut.current = next;
      }
    },
    [locale, session, setLocale],
  );

  const value = useMemo<SessionValue>(
    () => ({
      session,
      loading,
      loadError,
      setSession,
      endSession,
      endedOnPurpose,
      refresh,
      changeLanguage,
      can: (permission) => session.user?.permissions.includes(permission) ?? false,
    }),
    [session, loading, loadError, setSession, endSession, endedOnPurpose, refresh, changeLanguage],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
