import { describe, expect, it } from 'vitest';
import { isCalendarDate, isExpired, isExpiringWithin } from './dates.js';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
  });

  it('expires at midnight UTC at the start of the date, like Trivy exp:', () => {
    expect(isExpired('2026-03-01', new Date('2026-02-28T23:59:59Z'))).toBe(false);
    expect(isExpired('2026-03-01', new Date('2026-03-01T00:00:00Z'))).toBe(true);
  });

  it('warns within the window, not after expiry and not before the window', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    expect(isExpiringWithin('2026-06-20', now, 14)).toBe(true);
    expect(isExpiringWithin('2026-06-29', now, 14)).toBe(true);
    expect(isExpiringWithin('2026-06-30', now, 14)).toBe(false);
    expect(isExpiringWithin('2026-06-15', now, 14)).toBe(false);
  });
});
