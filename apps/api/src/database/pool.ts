// How the API pools its Postgres connections (data-source.ts); the bench's baseline server pools the same way.

/**
 * How long an unused pooled connection stays open. pg closes one idle for 10 s by default, so a pause in
 * traffic that long cost the next requests new connections to new Postgres backends, whose caches (catalog,
 * plans) start empty. At most the pool's size (DATABASE_POOL_SIZE) of backends are kept through quiet minutes.
 */
export const POOL_IDLE_MS = 5 * 60_000;
