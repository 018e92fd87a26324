import type { Context } from 'hono';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors.ts';

export interface Limits {
  /** Failed and successful sign-ins per address and e-mail. */
  login: RateLimiterMemory;
  /** Writes per signed-in user or token. */
  writes: RateLimiterMemory;
  /** Problem reports per address (no account needed). */
  reports: RateLimiterMemory;
}

export interface LimitConfig {
  loginPerQuarterHour?: number;
  writesPerMinute?: number;
  reportsPerHour?: number;
}

export function createLimits(config: LimitConfig = {}): Limits {
  return {
    login: new RateLimiterMemory({ points: config.loginPerQuarterHour ?? 10, duration: 15 * 60 }),
    writes: new RateLimiterMemory({ points: config.writesPerMinute ?? 120, duration: 60 }),
    reports: new RateLimiterMemory({ points: config.reportsPerHour ?? 10, duration: 60 * 60 }),
  };
}

/** Takes one point or answers 429 with Retry-After. */
export async function consume(c: Context, limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    c.header('Retry-After', String(seconds));
    throw new AppError('rate_limited', `Too many requests. Try again in ${seconds} seconds.`);
  }
}
