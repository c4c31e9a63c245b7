import { type ReactNode, useEffect } from 'react';

/** Sets the document title so screen readers and browser tabs say where the user is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · EduShield` : 'EduShield';
  }, [title]);
}

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <header className="page-header">
      <div className="page-header__text">
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        {description && <p className="page-description">{description}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </header>
  );
}
