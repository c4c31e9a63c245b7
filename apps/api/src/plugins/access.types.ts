import type { Permission } from '@edushield/core';

/**
 * What a route declares about access. Every route under /api must declare
 * one (the app refuses to start otherwise, and the access-matrix test
 * enumerates them):
 *  - public: no session needed (sign-in, health, public pages)
 *  - authenticated: any signed-in user acting on their own account
 *  - permission: the caller needs the permission through a role assignment
 *    whose unit (or subtree) contains the unit of every object the request
 *    names; the handler receives `request.scope` to filter lists with.
 */
export type AccessRule =
  | { public: true }
  | { authenticated: true; allowPending?: boolean }
  | { permission: Permission; objects?: ObjectLocator[] };

/** Where to find an object the request names, and what kind it is. */
export interface ObjectLocator {
  in: 'params' | 'query' | 'body';
  key: string;
  kind: ObjectKind;
  /** Absent is fine (e.g. an optional filter); present must be in scope. */
  optional?: boolean;
}

/** Kinds of unit-owned objects; each module registers how to find an object's unit. */
export type ObjectKind =
  | 'unit'
  | 'user'
  | 'assignment'
  | 'audit_entry'
  // The sector database. School years are province-wide, so they are not a kind.
  | 'school'
  | 'class'
  | 'staff'
  | 'student'
  // A student import (modules/sector/import): belongs to its school.
  | 'import_batch'
  // Reporting periods (modules/reporting): a period belongs to its root unit, a submission to its unit.
  | 'period'
  | 'submission'
  | 'responsibility'
  // Data quality (modules/quality).
  | 'quality_issue'
  | 'quality_rule'
  // Notifications (modules/notifications).
  | 'notification'
  // Learning (modules/learning).
  | 'course'
  | 'course_assignment'
  | 'enrolment'
  // Phishing drills (modules/drills).
  | 'drill'
  // Bulletins (modules/bulletins).
  | 'bulletin';

export interface Assignment {
  roleCode: string;
  unitId: string;
  unitPath: string;
  scope: 'subtree' | 'unit';
}

export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  unitId: string;
  locale: 'vi' | 'en';
  sessionHash: string;
  csrfToken: string;
  mfaVerified: boolean;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  /** Some role the user holds requires TOTP. */
  requiresMfa: boolean;
  assignments: Assignment[];
  sessionCreatedAt: Date;
  sessionLastSeenAt: Date;
}
