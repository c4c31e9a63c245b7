export * from './common-passwords';
export * from './errors';
export * from './password-policy';
export * from './roles';
export * from './standard';
export * from './text';
