// Imported by src/middleware.ts, which runs on the Edge runtime:
// keep this file free of Node built-ins and Prisma.

export const SESSION_COOKIE_NAME = "inkwell_session";
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

export function sessionExpiresAt(now: Date = new Date()): Date {
  return new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
}

export function isSessionExpired(expiresAt: Date, now: Date = new Date()): boolean {
  return expiresAt.getTime() <= now.getTime();
}
