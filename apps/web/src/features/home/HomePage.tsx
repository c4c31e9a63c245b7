import type { Permission } from '@edushield/core';
import { Link } from 'react-router';
import { roleName } from '../../app/labels';
import { useSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { TableWrap } from '../../components/Table';
import { useI18n } from '../../i18n';
import { isMessageKey, type MessageKey } from '../../i18n/vi';
import { SCOPE_LABEL } from '../users/labels';

interface Shortcut {
  to: string;
  title: MessageKey;
  body: MessageKey;
  permission?: string;
  /** A fuller description for users who may also change things. */
  manageBody?: [Permission, MessageKey];
}

const SHORTCUTS: Shortcut[] = [
  {
    to: '/units',
    title: 'home.unitsTitle',
    body: 'home.unitsBodyRead',
    permission: 'org.read',
    manageBody: ['org.manage', 'home.unitsBody'],
  },
  { to: '/sector', title: 'home.sectorTitle', body: 'home.sectorBody', permission: 'sector.read' },
  {
    to: '/users',
    title: 'home.usersTitle',
    body: 'home.usersBodyRead',
    permission: 'user.read',
    manageBody: ['user.manage', 'home.usersBody'],
  },
  { to: '/audit', title: 'home.auditTitle', body: 'home.auditBody', permission: 'audit.read' },
  { to: '/profile', title: 'home.profileTitle', body: 'home.profileBody' },
];

export function HomePage() {
  const { t, locale } = useI18n();
  const { session } = useSession();
  // Permissions added on the server later still show, by their code.
  const permissionLabel = (permission: string) => {
    const key = `permission.${permission}`;
    return isMessageKey(key) ? t(key) : permission;
  };
  const user = session.user;
  if (!user) return null;
  const shortcuts = SHORTCUTS.filter(
    (shortcut) => !shortcut.permission || user.permissions.includes(shortcut.permission as never),
  );

  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: user.fullName })}
        description={user.unitName ? t('home.unit', { unit: user.unitName }) : t('home.lead')}
      />
      {!user.mfaEnabled && (
        <Alert kind="info" title={t('home.mfaSuggest')}>
          <p>
            <Link to="/mfa/setup">{t('home.mfaSetup')}</Link>
          </p>
        </Alert>
      )}

      <section aria-labelledby="shortcuts-title" className="section">
        <h2 id="shortcuts-title" className="section-title">
          {t('home.shortcuts')}
        </h2>
        <ul className="cards">
          {shortcuts.map((shortcut) => (
            <li key={shortcut.to} className="card">
              <Link to={shortcut.to} className="card__link">
                <span className="card__title">{t(shortcut.title)}</span>
                <span className="card__body">
                  {t(
                    shortcut.manageBody && user.permissions.includes(shortcut.manageBody[0])
                      ? shortcut.manageBody[1]
                      : shortcut.body,
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roles-title" className="section">
        <h2 id="roles-title" className="section-title">
          {t('home.roles')}
        </h2>
        {user.roles.length === 0 ? (
          <p>{t('home.noRoles')}</p>
        ) : (
          <TableWrap label={t('home.roles')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('user.role')}</th>
                  <th scope="col">{t('user.unit')}</th>
                  <th scope="col">{t('user.scope')}</th>
                </tr>
              </thead>
              <tbody>
                {user.roles.map((role) => (
                  <tr key={`${role.roleCode}-${role.unitId}`}>
                    <td>{roleName(role.roleCode, locale)}</td>
                    <td>{role.unitName}</td>
                    <td>{t(SCOPE_LABEL[role.scope])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {user.permissions.length > 0 && (
          <>
            <h3 className="subsection-title">{t('home.permissions')}</h3>
            <ul className="permission-list">
              {user.permissions.map((permission) => (
                <li key={permission}>{permissionLabel(permission)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
