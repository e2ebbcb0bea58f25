'use strict';
/**
 * Preloaded by the bench into the gateways and the bare socket.io server (with --expose-gc), never in
 * production: SIGUSR2 runs a full garbage collection, so memory per connection is read after the
 * connection storm's garbage is gone, the same way for Palabre's gateway and for the bare baseline.
 */
if (typeof global.gc === 'function') process.on('SIGUSR2', () => global.gc());
