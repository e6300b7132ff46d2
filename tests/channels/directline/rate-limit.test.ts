import { SlidingWindowLimiter } from '../../../channels/directline/rate-limit';
import { ManualClock } from './helpers';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` calls in any window, then tells when the oldest one leaves it', () => {
    const clock = new ManualClock(0);
    const limiter = new SlidingWindowLimiter(2, 60_000, clock.now);
    expect(limiter.check('a')).toEqual({ allowed: true });
    clock.advance(10_000);
    expect(limiter.check('a')).toEqual({ allowed: true });
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.check('b')).toEqual({ allowed: true });
    clock.advance(50_000);
    expect(limiter.check('a')).toEqual({ allowed: true });
  });

  it('forgets clients idle for a whole window', () => {
    const clock = new ManualClock(0);
    const limiter = new SlidingWindowLimiter(1, 60_000, clock.now);
    for (let n = 0; n < 1000; n += 1) limiter.check(`client-${n}`);
    clock.advance(60_001);
    limiter.check('late');
    expect((limiter as unknown as { calls: Map<string, number[]> }).calls.size).toBe(1);
  });
});
