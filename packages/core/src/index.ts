export * from './common-passwords';
export * from './errors';
export * from './generator';
export * from './password-policy';
export * from './roles';
export * from './standard';
export * from './text';
export * from './validation';
